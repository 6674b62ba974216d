import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, DomainError, IDEMPOTENT_KEY, RequestContext } from '@waymark/api/common';
import { ErrorCode, ErrorReason } from '@waymark/shared/types';
import type { GraphQLResolveInfo } from 'graphql';
import type { Observable } from 'rxjs';
import { IdempotencyStore } from './idempotency-store';
import { IdempotentRequests } from './idempotent-requests';
import { replayRead } from './replay-audit';
import { idempotencyKey, requestFingerprint, rootFieldCount } from './request-fingerprint';

/**
 * Stands in for the resolver's result on a replay; the plugin swaps the whole body for the
 * stored one before it leaves. A DomainError, so formatError passes it on without logging.
 */
class ReplayedResponse extends DomainError {
  constructor() {
    super(ErrorCode.CONFLICT, 'This request was answered before; its first response is sent instead.');
  }
}

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

/**
 * Runs after PolicyGuard, so the caller is known. For an @Idempotent() mutation sent with an
 * Idempotency-Key header it claims the key before the resolver runs, or, when the same caller
 * sent the same body with that key before, skips the resolver and has the plugin replay the
 * first response (audited as a read). The same key with another body, or while the first
 * request still runs, is refused. A key on another mutation is refused too: the caller
 * believes a retry is safe, and it may not be. A key on a query is ignored (reads repeat safely).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly context: RequestContext,
    private readonly store: IdempotencyStore,
    private readonly requests: IdempotentRequests,
    private readonly audit: AuditTrail,
  ) {}

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (ctx.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(ctx);
    const request = gql.getContext<{ req: HttpRequest }>().req;
    const header = request.headers['idempotency-key'];
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (header === undefined || info.parentType !== info.schema.getMutationType()) return next.handle();
    if (!this.reflector.get<boolean>(IDEMPOTENT_KEY, ctx.getHandler())) {
      throw new BadInputError(
        `${info.fieldName} takes no Idempotency-Key: it changes a record by its version or adds none, so send it without the header.`,
        [{ field: 'Idempotency-Key', message: 'not taken by this mutation' }],
        ErrorReason.IDEMPOTENCY_KEY_NOT_SUPPORTED,
      );
    }

    const key = idempotencyKey(header);
    // One replayable answer per key: a batch or a second field would each need their own.
    if (Array.isArray(request.body) || rootFieldCount(info) !== 1) {
      throw new BadInputError(
        'A request with an Idempotency-Key must hold exactly one mutation field: send each create in its own request with its own key.',
        [],
        ErrorReason.IDEMPOTENCY_KEY_ONE_FIELD,
      );
    }
    const principal = this.context.requirePrincipal();
    const owner = { agencyId: principal.agencyId, principalId: principal.id, key };
    const claim = await this.store.claim(owner, requestFingerprint(info));
    switch (claim.kind) {
      case 'claimed':
        this.requests.set(request, { claim: claim.claim, responseKey: String(info.path.key), requestId: this.context.requestId });
        return next.handle();
      case 'replay':
        this.requests.set(request, { replay: claim.response });
        this.audit.recordRead(replayRead(info, claim.response, claim.created));
        throw new ReplayedResponse();
      case 'reused':
        throw new BadInputError(
          'This Idempotency-Key was used for a different request. Use a new key for a new request.',
          [],
          ErrorReason.IDEMPOTENCY_KEY_REUSED,
        );
      case 'in-flight':
        throw new DomainError(ErrorCode.CONFLICT, 'The first request with this Idempotency-Key is still running. Retry once it has answered.', {
          reason: ErrorReason.IDEMPOTENCY_KEY_IN_FLIGHT,
        });
    }
  }
}
