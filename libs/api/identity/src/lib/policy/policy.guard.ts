import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { ApiCallAudit, ROUTE_ADMITTED } from '@waymark/api/audit';
import { DomainError, ForbiddenError, POLICY_KEY, type PolicyMetadata, type Principal, RequestContext, UnauthenticatedError } from '@waymark/api/common';
import { ActorType, type ApiAccess, ErrorReason, scopesAllow } from '@waymark/shared/types';
import { ApiCallers } from '../api-client/api-callers';
import { FieldScopes } from '../api-client/field-scopes';
import { OperationScopes } from '../api-client/operation-scopes';

/**
 * Runs before every resolver and route. Deny by default: an operation without a declared
 * policy is refused. Otherwise it authenticates (unless the policy is public) and checks the
 * role; an API client (a bearer token starting `wmk_`) must also hold the scope of the
 * operation's context for reading or writing, may read every field it selects under it (a
 * context's fields on another's types too: FieldScopes), and never gets a person's own operations.
 */
@Injectable()
export class PolicyGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(PolicyGuard.name);
  /**
   * A person's authentication, done once per request: the guard runs for each root field of a
   * document (and each operation of a batch), in parallel, and each would otherwise look the
   * session up. An API client is identified once per request as it arrives (ApiCallers).
   */
  private readonly authentications = new WeakMap<object, Promise<Principal>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly context: RequestContext,
    private readonly apiCallers: ApiCallers,
    private readonly operationScopes: OperationScopes,
    private readonly fieldScopes: FieldScopes,
    private readonly calls: ApiCallAudit,
  ) {
    super();
  }

  override getRequest(ctx: ExecutionContext) {
    return ctx.getType<string>() === 'graphql' ? GqlExecutionContext.create(ctx).getContext().req : ctx.switchToHttp().getRequest();
  }

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<PolicyMetadata | undefined>(POLICY_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!policy) {
      this.logger.error(`no access policy declared on ${ctx.getClass().name}.${ctx.getHandler().name}`);
      throw new ForbiddenError('This operation has no access policy.');
    }
    if (policy.public) return this.admitPublic(ctx);

    const principal = await this.authenticate(ctx);
    this.context.setPrincipal(principal);
    if (principal.actorType !== ActorType.API_CLIENT || ctx.getType<string>() !== 'http') return this.admit(ctx, policy, principal);
    // A plain route's call by an API client is recorded as let through or refused here; a GraphQL
    // request's, once for all its operations, by AuditFlushPlugin.
    const request = this.getRequest(ctx);
    try {
      this.admit(ctx, policy, principal);
      this.calls.holdRouteCall(principal, request, ROUTE_ADMITTED);
      return true;
    } catch (error) {
      this.calls.holdRouteCall(principal, request, error instanceof DomainError ? error.code : 'ERROR');
      throw error;
    }
  }

  /**
   * A public operation needs no key, but an API client that sends one is still named, so its
   * call is recorded as its own. A key that does not work is ignored here: the operation is
   * open to anyone, and the authenticator has already recorded a revoked or misused key.
   */
  private async admitPublic(ctx: ExecutionContext): Promise<true> {
    const request = this.getRequest(ctx);
    const principal = await this.apiCallers.identify(request)?.catch(() => undefined);
    if (!principal) return true;
    this.context.setPrincipal(principal);
    if (ctx.getType<string>() === 'http') this.calls.holdRouteCall(principal, request, ROUTE_ADMITTED);
    return true;
  }

  private admit(ctx: ExecutionContext, policy: Extract<PolicyMetadata, { public: false }>, principal: Principal): true {
    if (!policy.roles.includes(principal.role)) {
      throw new ForbiddenError(principal.actorType === ActorType.API_CLIENT ? 'API clients act as an administrator of their agency, and this operation does not admit administrators.' : undefined);
    }
    if (principal.actorType === ActorType.API_CLIENT) this.checkScope(ctx, principal);
    if (principal.mustChangePassword && !policy.duringPasswordChange) {
      throw new ForbiddenError('Choose a new password before you continue.', { reason: ErrorReason.PASSWORD_CHANGE_REQUIRED });
    }
    return true;
  }

  private authenticate(ctx: ExecutionContext): Promise<Principal> {
    const request = this.getRequest(ctx);
    const apiClient = this.apiCallers.identify(request);
    if (apiClient) return apiClient;
    let authentication = this.authentications.get(request);
    if (!authentication) {
      authentication = (super.canActivate(ctx) as Promise<boolean>).then(() => request.user as Principal);
      this.authentications.set(request, authentication);
    }
    return authentication;
  }

  private checkScope(ctx: ExecutionContext, principal: Principal): void {
    const rule = this.operationScopes.rule(ctx.getClass(), ctx.getHandler());
    if ('personOnly' in rule) throw new ForbiddenError('Only a signed-in person may do this, not an API client.');
    if ('unmapped' in rule) throw new ForbiddenError('API clients may not use this operation.');
    const access = this.accessOf(ctx);
    if (!scopesAllow(principal.scopes ?? [], rule.context, access)) {
      throw new ForbiddenError(`This API key lacks the ${rule.context}:${access} scope.`);
    }
    if (ctx.getType<string>() === 'graphql') this.fieldScopes.check(GqlExecutionContext.create(ctx).getInfo(), principal.scopes ?? []);
  }

  /** A Query (or a GET) reads; a Mutation (or any other method) writes. */
  private accessOf(ctx: ExecutionContext): ApiAccess {
    if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getInfo().parentType.name === 'Query' ? 'read' : 'write';
    const method = ctx.switchToHttp().getRequest().method;
    return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
  }

  override handleRequest<T>(error: unknown, principal: T | false): T {
    if (error || !principal) throw new UnauthenticatedError('Your session has ended or the token is not valid. Sign in again.');
    return principal;
  }
}
