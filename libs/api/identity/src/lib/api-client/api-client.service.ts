import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, Clock, decodeCursor, instantText, isInstant, isUuid, NotFoundError, RequestContext, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { API_CLIENT_MAX_LIFETIME_DAYS, AuditAction, Role } from '@waymark/shared/types';
import { normalizeCidr } from './allowed-cidrs';
import { ApiClientEntity } from './api-client.entity';
import { ApiClientModel, type ApiClientWithTokenModel } from './api-client.model';
import { formatToken, hashSecret, newSecret } from './api-client-token';
import type { ApiClientsArgs } from './dto/api-clients.args';
import type { ApiClientVersionInput } from './dto/api-client-version.input';
import type { CreateApiClientInput } from './dto/create-api-client.input';

const DAY_MS = 86_400_000;

/**
 * An agency admin's API keys: made, listed, rotated and revoked, each step audited. The token
 * leaves the API only in the answer to create and rotate.
 */
@Injectable()
export class ApiClientService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  private get clients() {
    return this.tenant.repository(ApiClientEntity);
  }

  async list({ first, after, includeRevoked }: ApiClientsArgs) {
    const query = this.clients.createQueryBuilder('c');
    if (!includeRevoked) query.andWhere('c.revokedAt IS NULL');
    // Keyset on the creation instant to the microsecond (a Date keeps milliseconds, and keys made
    // in one millisecond would be skipped at a page boundary), checked as such before it reaches SQL.
    if (after) {
      const [createdAt, id] = decodeCursor(after, [isInstant, isUuid]);
      query.andWhere('(c.created_at, c.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const { entities, raw } = await query
      .addSelect(instantText('c.created_at'), 'cursor_at')
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const rows = entities.map((row, i) => ({ row, at: raw[i].cursor_at }));
    const now = this.clock.now();
    return toConnection(rows, first, ({ row }) => ApiClientModel.from(row, now), ({ row, at }) => [at, row.id]);
  }

  async get(id: string): Promise<ApiClientModel> {
    return ApiClientModel.from(await this.mustFind(id), this.clock.now());
  }

  @Transactional()
  async create(input: CreateApiClientInput): Promise<ApiClientWithTokenModel> {
    const allowedCidrs = this.checkCidrs(input.allowedCidrs);
    this.checkExpiry(input.expiresAt);
    const scopes = [...new Set(input.scopes)];
    const id = randomUUID();
    const agencyId = this.context.agencyId;
    // The companion user first: the client's row references it, and so will whatever it writes.
    await this.txHost.tx.query(
      `INSERT INTO app_user (id, agency_id, email, display_name, role, password_hash, must_change_password, active, kind)
       VALUES ($1, $2, $3, $4, $5, '!', false, false, 'API_CLIENT')`,
      [id, agencyId, `api-client-${id}@api-clients.invalid`, input.name, Role.ADMIN],
    );
    const secret = newSecret();
    const row = await this.clients.save(
      this.clients.create({
        id,
        name: input.name,
        scopes,
        allowedCidrs,
        secretHash: hashSecret(secret),
        expiresAt: input.expiresAt,
        revokedAt: null,
        rotatedAt: null,
        lastUsedAt: null,
        lastUsedIp: null,
        // Only a signed-in admin gets here (the resolver is @PersonOnly), so this names a person.
        createdBy: this.context.requirePrincipal().id,
      }),
    );
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: 'ApiClient',
      entityId: id,
      changes: {
        name: { to: row.name },
        scopes: { to: scopes.join(' ') },
        allowedCidrs: { to: allowedCidrs.join(' ') },
        expiresAt: { to: row.expiresAt.toISOString() },
        secret: { to: 'set' },
      },
    });
    return { client: await this.get(id), token: formatToken(id, secret) };
  }

  /** A new secret; the old one stops at once (an integrator swaps it in with the new one in hand). */
  @Transactional()
  async rotate({ id, version }: ApiClientVersionInput): Promise<ApiClientWithTokenModel> {
    const before = await this.mustFind(id);
    if (before.revokedAt) throw new BadInputError('This API client is revoked; create a new one.', [{ field: 'id', message: 'revoked' }]);
    // A new secret for an expired key would be a token that never works: a new key gets a new expiry.
    if (before.expiresAt <= this.clock.now()) throw new BadInputError('This API client has expired; create a new key.', [{ field: 'id', message: 'expired' }]);
    const secret = newSecret();
    await this.clients.updateVersioned(id, version, { secretHash: hashSecret(secret), rotatedAt: this.clock.now() }, 'API client');
    await this.audit.record({ action: AuditAction.UPDATE, entityType: 'ApiClient', entityId: id, changes: { secret: { to: 'rotated' } } });
    return { client: await this.get(id), token: formatToken(id, secret) };
  }

  @Transactional()
  async revoke({ id, version }: ApiClientVersionInput): Promise<ApiClientModel> {
    const before = await this.mustFind(id);
    if (before.revokedAt) return ApiClientModel.from(before, this.clock.now());
    const revokedAt = this.clock.now();
    const row = await this.clients.updateVersioned(id, version, { revokedAt }, 'API client');
    await this.audit.record({ action: AuditAction.UPDATE, entityType: 'ApiClient', entityId: id, changes: { revokedAt: { from: null, to: revokedAt.toISOString() } } });
    return ApiClientModel.from(row, this.clock.now());
  }

  private async mustFind(id: string): Promise<ApiClientEntity> {
    const row = await this.clients.findOneBy({ id });
    if (!row) throw new NotFoundError('API client');
    return row;
  }

  private checkExpiry(expiresAt: Date): void {
    const now = this.clock.now().getTime();
    if (expiresAt.getTime() <= now) {
      throw new BadInputError('The expiry must be in the future.', [{ field: 'expiresAt', message: 'in the past' }]);
    }
    if (expiresAt.getTime() > now + API_CLIENT_MAX_LIFETIME_DAYS * DAY_MS) {
      throw new BadInputError(`A key may live at most ${API_CLIENT_MAX_LIFETIME_DAYS} days.`, [{ field: 'expiresAt', message: 'too far away' }]);
    }
  }

  private checkCidrs(entries: readonly string[]): string[] {
    const normalized = entries.map(normalizeCidr);
    const problems = entries.flatMap((entry, i) => (normalized[i] ? [] : [{ field: `allowedCidrs.${i}`, message: `"${entry}" is not an address or CIDR range` }]));
    if (problems.length) throw new BadInputError('Each allowed address must be an IP address or a CIDR range such as 203.0.113.0/24.', problems);
    return [...new Set(normalized.filter((cidr): cidr is string => cidr !== null))];
  }
}
