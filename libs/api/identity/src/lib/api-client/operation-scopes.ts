import { Injectable } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type { Module } from '@nestjs/core/injector/module';
import { PERSON_ONLY_KEY, SCOPE_CONTEXT_KEY } from '@waymark/api/common';
import { ApiScopeContext } from '@waymark/shared/types';

/** The root module of each context, by name: the identity context cannot import the contexts above it. */
const CONTEXT_OF_ROOT_MODULE: Record<string, ApiScopeContext> = {
  IdentityModule: ApiScopeContext.IDENTITY,
  ClientModule: ApiScopeContext.CLIENT,
  CarePlanningModule: ApiScopeContext.CARE_PLAN,
  ReferralsModule: ApiScopeContext.REFERRAL,
  ResourceDirectoryModule: ApiScopeContext.DIRECTORY,
  AuditModule: ApiScopeContext.AUDIT,
};

/** What an API client needs for an operation: a scope of a context, or nothing will do (a person's own step), or it was never said. */
export type OperationRule = { context: ApiScopeContext } | { personOnly: true } | { unmapped: true };

/**
 * Which context's scope admits an API client to an operation. The context is the one whose
 * Nest module declares the resolver or controller, found once by walking the module graph from
 * each context's root module (a sub-module belongs to the nearest root that imports it, never
 * through another root); `@ScopeContext()` says it where no context module does (integration).
 * Whether it reads or writes comes from the operation (Query or GET reads).
 */
@Injectable()
export class OperationScopes {
  private contextOfClass: Map<unknown, ApiScopeContext> | null = null;

  constructor(
    private readonly modules: ModulesContainer,
    private readonly reflector: Reflector,
  ) {}

  rule(target: object, handler: object): OperationRule {
    if (this.reflector.getAllAndOverride<boolean>(PERSON_ONLY_KEY, [handler as never, target as never])) {
      return { personOnly: true };
    }
    const context =
      this.reflector.getAllAndOverride<ApiScopeContext | undefined>(SCOPE_CONTEXT_KEY, [handler as never, target as never]) ??
      this.classContexts().get(target);
    return context ? { context } : { unmapped: true };
  }

  private classContexts(): Map<unknown, ApiScopeContext> {
    if (this.contextOfClass) return this.contextOfClass;
    const all = [...this.modules.values()];
    const roots = all.filter((module) => CONTEXT_OF_ROOT_MODULE[module.metatype?.name]);
    const nearest = new Map<Module, { context: ApiScopeContext; distance: number }>();
    for (const root of roots) {
      const context = CONTEXT_OF_ROOT_MODULE[root.metatype.name];
      let frontier: Module[] = [root];
      for (let distance = 0; frontier.length; distance++) {
        const next: Module[] = [];
        for (const module of frontier) {
          const known = nearest.get(module);
          if (known && known.distance <= distance) continue;
          nearest.set(module, { context, distance });
          for (const imported of module.imports) {
            if (imported && !CONTEXT_OF_ROOT_MODULE[imported.metatype?.name]) next.push(imported);
          }
        }
        frontier = next;
      }
    }
    this.contextOfClass = new Map();
    for (const [module, { context }] of nearest) {
      for (const wrapper of [...module.providers.values(), ...module.controllers.values()]) {
        if (wrapper.metatype) this.contextOfClass.set(wrapper.metatype, context);
      }
    }
    return this.contextOfClass;
  }
}
