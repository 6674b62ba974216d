import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import {
  ForbiddenError,
  POLICY_KEY,
  type PolicyMetadata,
  type Principal,
  RequestContext,
  UnauthenticatedError,
} from '@waymark/api/common';
import { ErrorReason } from '@waymark/shared/types';

/**
 * Runs before every resolver and route. Deny by default: an operation without a declared
 * policy is refused. Otherwise it authenticates (unless the policy is public) and checks the role.
 */
@Injectable()
export class PolicyGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(PolicyGuard.name);
  /**
   * A request's authentication, done once: the guard runs for each root field of a document
   * (and each operation of a batch), in parallel, and each would otherwise look the session up.
   */
  private readonly authentications = new WeakMap<object, Promise<Principal>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly context: RequestContext,
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
    if (policy.public) return true;

    const principal = await this.authenticate(ctx);
    this.context.setPrincipal(principal);
    if (!policy.roles.includes(principal.role)) throw new ForbiddenError();
    if (principal.mustChangePassword && !policy.duringPasswordChange) {
      throw new ForbiddenError('Choose a new password before you continue.', { reason: ErrorReason.PASSWORD_CHANGE_REQUIRED });
    }
    return true;
  }

  private authenticate(ctx: ExecutionContext): Promise<Principal> {
    const request = this.getRequest(ctx);
    let authentication = this.authentications.get(request);
    if (!authentication) {
      authentication = (super.canActivate(ctx) as Promise<boolean>).then(() => request.user as Principal);
      this.authentications.set(request, authentication);
    }
    return authentication;
  }

  override handleRequest<T>(error: unknown, principal: T | false): T {
    if (error || !principal) throw new UnauthenticatedError('Your session has ended or the token is not valid. Sign in again.');
    return principal;
  }
}
