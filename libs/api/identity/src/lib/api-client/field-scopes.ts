import { Injectable } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ForbiddenError } from '@waymark/api/common';
import { type ApiScope, scopesAllow } from '@waymark/shared/types';
import {
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionNode,
} from 'graphql';
import { type OperationRule, OperationScopes } from './operation-scopes';

// Set by @nestjs/graphql's @Resolver() (the object type's schema name) and @ResolveField() (the field's).
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVER_PROPERTY = 'graphql:resolve_property';

/**
 * What an API client needs to select a field that a resolver of some context resolves
 * (`@ResolveField`), found once from the module that declares the resolver, as for an
 * operation. A context adds fields to another's types (care-plan's `Client.nextTask`), so the
 * root field's scope alone would let a `client:read` key read care-plan data: every field a
 * key selects under a root field must be readable with its scopes too.
 */
@Injectable()
export class FieldScopes {
  private rules: Map<string, OperationRule> | null = null;
  private readonly scanner = new MetadataScanner();

  constructor(
    private readonly modules: ModulesContainer,
    private readonly operationScopes: OperationScopes,
  ) {}

  /** Every resolved field, as `Type.field`, with what a key needs to select it. */
  all(): ReadonlyMap<string, OperationRule> {
    if (this.rules) return this.rules;
    const rules = new Map<string, OperationRule>();
    for (const module of this.modules.values()) {
      for (const { metatype, instance } of module.providers.values()) {
        const typeName: unknown = metatype && Reflect.getMetadata(RESOLVER_TYPE, metatype);
        if (typeof typeName !== 'string' || !instance) continue;
        const prototype = Object.getPrototypeOf(instance);
        for (const method of this.scanner.getAllMethodNames(prototype)) {
          const handler = prototype[method];
          if (!Reflect.getMetadata(RESOLVER_PROPERTY, handler)) continue;
          const field = Reflect.getMetadata(RESOLVER_NAME, handler) ?? method;
          rules.set(`${typeName}.${field}`, this.operationScopes.rule(metatype as object, handler));
        }
      }
    }
    this.rules = rules;
    return rules;
  }

  /**
   * Refuses (FORBIDDEN, naming the scope) when anything selected under the root field being
   * resolved, through fragments and inline fragments too, is a field the key may not read.
   * Refusing, rather than answering null, tells the integrator which scope to ask for and never
   * passes an unreadable value off as "none" (a null `nextTask` means "no open task").
   */
  check(info: GraphQLResolveInfo, scopes: readonly ApiScope[]): void {
    const rules = this.all();
    const seenFragments = new Set<string>();
    const visit = (type: GraphQLNamedType | undefined, selections: readonly SelectionNode[]): void => {
      for (const selection of selections) {
        if (selection.kind === Kind.FIELD) {
          if (!type || !(isObjectType(type) || isInterfaceType(type))) continue;
          const field = type.getFields()[selection.name.value];
          if (!field) continue; // __typename
          for (const owner of ownersOf(info.schema, type)) this.admit(rules.get(`${owner}.${field.name}`), `${owner}.${field.name}`, scopes);
          if (selection.selectionSet) visit(getNamedType(field.type), selection.selectionSet.selections);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : type, selection.selectionSet.selections);
        } else if (!seenFragments.has(selection.name.value)) {
          seenFragments.add(selection.name.value);
          const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
          if (fragment) visit(info.schema.getType(fragment.typeCondition.name.value), fragment.selectionSet.selections);
        }
      }
    };
    visit(
      getNamedType(info.returnType),
      info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []),
    );
  }

  private admit(rule: OperationRule | undefined, field: string, scopes: readonly ApiScope[]): void {
    if (!rule) return; // a plain property of the object its context's resolver returned
    if ('personOnly' in rule) throw new ForbiddenError(`Only a signed-in person may read ${field}, not an API client.`);
    if ('unmapped' in rule) throw new ForbiddenError(`API clients may not read ${field}.`);
    if (!scopesAllow(scopes, rule.context, 'read')) throw new ForbiddenError(`This API key lacks the ${rule.context}:read scope (for ${field}).`);
  }
}

/** The object types whose resolvers may answer a field selected on `type`: itself, and for an interface each implementation. */
function ownersOf(schema: GraphQLSchema, type: GraphQLNamedType): string[] {
  return isInterfaceType(type) ? [type.name, ...schema.getPossibleTypes(type).map((impl) => impl.name)] : [type.name];
}
