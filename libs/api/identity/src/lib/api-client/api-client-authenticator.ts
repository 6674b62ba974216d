import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiCallAudit, type AuditRecord, AuditTrail, type CalledRequest } from '@waymark/api/audit';
import { AppConfig, type DomainError, ForbiddenError, type Principal, RateLimitedError, UnauthenticatedError } from '@waymark/api/common';
import { ActorType, type ApiScope, AuditAction, ErrorCode, isApiScope, Role } from '@waymark/shared/types';
import { DataSource } from 'typeorm';
import { addressAllowed } from './allowed-cidrs';
import { parseToken, secretMatches } from './api-client-token';

/** Said for every key we cannot tie to a live client, so a caller without the secret learns nothing. */
const NOT_VALID = 'The API key is not valid.';

interface ClientRow {
  agency_id: string;
  scopes: string[];
  allowed_cidrs: string[];
  secret_hash: string;
  revoked: boolean;
  expired: boolean;
}

/**
 * Turns an API key into a principal. API clients act as their agency's ADMIN: they reach the
 * whole agency, but only in operations that admit ADMIN, only within their scopes (checked
 * per operation by the PolicyGuard), and never in a person's own operations.
 * Two statements per request: the lookup by id, then the rate-limit counter (which also
 * records the last use) on the client's row, shared by every API instance. The counter counts
 * operations (each of a batch), and counts a refused call too, so a retired key's caller is
 * slowed down like any other. A refusal (a retired or misplaced key, or a call past the limit)
 * is recorded at most once a minute per key (a third statement, only then), so a flood of
 * calls cannot flood the trail.
 */
@Injectable()
export class ApiClientAuthenticator {
  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly calls: ApiCallAudit,
  ) {}

  /** `request`: the call being made; each operation of a batch counts against the limit. */
  async authenticate(bearer: string, ip: string | undefined, request: CalledRequest): Promise<Principal> {
    const token = parseToken(bearer);
    if (!token) throw new UnauthenticatedError(NOT_VALID);
    const [row]: ClientRow[] = await this.dataSource.query(
      `SELECT agency_id, scopes, allowed_cidrs, secret_hash, revoked_at IS NOT NULL AS revoked, expires_at <= now() AS expired
         FROM api_client WHERE id = $1`,
      [token.clientId],
    );
    if (!row || !secretMatches(token.secret, row.secret_hash)) throw new UnauthenticatedError(NOT_VALID);
    // The caller holds the secret from here on, so telling them why it no longer works is safe;
    // and the agency learns that its key is still in use, or from where (a leak to look into).
    const refusal = refusalOf(row, ip);
    const client: Principal = {
      actorType: ActorType.API_CLIENT,
      id: token.clientId,
      agencyId: row.agency_id,
      role: Role.ADMIN,
      sessionId: token.clientId,
      mustChangePassword: false,
      scopes: row.scopes.filter(isApiScope) as ApiScope[],
    };
    const limited = await this.count(token.clientId, ip, operationsIn(request), !refusal);
    // A call past the limit is the client's call all the same, refused: recorded as one (API_CALL).
    if (limited) return this.refuse(token.clientId, this.calls.refusedCall(client, request, ErrorCode.RATE_LIMITED), limited);
    if (refusal) return this.refuse(token.clientId, keyRefused(client, refusal.reason), refusal.error);
    return client;
  }

  /**
   * Records the refusal (the trail takes the caller's address from the request), unless one is
   * already recorded this minute, then refuses. Claiming the minute on the row keeps it to one
   * event however many calls and instances race, whatever the refusal (a key revoked, then
   * flooded past the limit, leaves the minute's first).
   */
  private async refuse(clientId: string, record: AuditRecord, error: DomainError): Promise<never> {
    const claimed: unknown[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE api_client SET refusal_window = date_trunc('minute', now())
          WHERE id = $1 AND refusal_window IS DISTINCT FROM date_trunc('minute', now())
      RETURNING id)
       SELECT id FROM claimed`,
      [clientId],
    );
    if (!claimed.length) throw error;
    await this.audit.record(record);
    throw error;
  }

  /**
   * A fixed window per minute: the first request of a minute starts the count again. Only an
   * admitted call is a use. Past the limit, the refusal to answer (RATE_LIMITED), else null.
   */
  private async count(clientId: string, ip: string | undefined, operations: number, admitted: boolean): Promise<RateLimitedError | null> {
    const [{ count, retry }]: { count: number; retry: number }[] = await this.dataSource.query(
      // Wrapped in a SELECT so the driver answers with the rows alone.
      `WITH counted AS (
         UPDATE api_client
            SET rate_count = CASE WHEN rate_window = date_trunc('minute', now()) THEN rate_count + $3::int ELSE $3::int END,
                rate_window = date_trunc('minute', now()),
                last_used_at = CASE WHEN $4::boolean THEN now() ELSE last_used_at END,
                last_used_ip = CASE WHEN $4::boolean THEN $2::text ELSE last_used_ip END
          WHERE id = $1
      RETURNING rate_count)
       SELECT rate_count AS count, ceil(extract(epoch FROM date_trunc('minute', now()) + interval '1 minute' - now()))::int AS retry FROM counted`,
      [clientId, ip ?? null, operations, admitted],
    );
    return count > this.config.API_CLIENT_RATE_LIMIT ? new RateLimitedError(Math.max(1, retry)) : null;
  }
}

/** A key that may not be used now, as the trail records it: a failed sign-in of the client. */
function keyRefused(client: Principal, reason: string): AuditRecord {
  return {
    actor: { type: ActorType.API_CLIENT, id: client.id, agencyId: client.agencyId },
    action: AuditAction.LOGIN_FAILED,
    entityType: 'ApiClient',
    entityId: client.id,
    reason,
  };
}

/** How many operations a request carries: each of a batch counts against an API client's rate limit. */
function operationsIn(request: { body?: unknown }): number {
  return Array.isArray(request.body) ? Math.max(1, request.body.length) : 1;
}

/** Why a key whose secret matched may not be used now (retired, or from the wrong address), or null. */
function refusalOf(row: ClientRow, ip: string | undefined): { reason: string; error: DomainError } | null {
  if (row.revoked) return { reason: 'key revoked', error: new UnauthenticatedError('This API key has been revoked.') };
  if (row.expired) return { reason: 'key expired', error: new UnauthenticatedError('This API key has expired; ask an administrator of your agency for a new one.') };
  if (!addressAllowed(ip, row.allowed_cidrs)) return { reason: 'address not allowed', error: new ForbiddenError('This API key may not be used from this address.') };
  return null;
}
