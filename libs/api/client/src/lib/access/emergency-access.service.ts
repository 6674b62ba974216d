import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { AppConfig, BadInputError, emitInTransaction, NotFoundError, RequestContext, requestLoader } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, BREAK_GLASS_ROLES, Role } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { In, MoreThan } from 'typeorm';
import { ClientEntity } from '../person/client.entity';
import { ClientAccessGrantEntity } from './client-access-grant.entity';
import { ClientAccess } from './client-access.service';
import { ClientSettingsService } from './client-settings.service';
import { EMERGENCY_ACCESS_GRANTED, type EmergencyAccessGrantedEvent } from './emergency-access-events';
import type { EmergencyAccessModel } from './emergency-access.model';

const UNTIL_LOADER = Symbol('client.emergencyUntil');

/**
 * Break-the-glass: a case manager off the client's caseload or intake staff past intake opens
 * the record in an emergency by saying why. It opens to read for BREAK_GLASS_MINUTES, is
 * recorded as a BREAK_GLASS event (high severity), and the supervisors get a review task.
 * Where the agency lets case managers open any client with a reason, a case manager gives that
 * reason instead (the ordinary, eight-hour grant): the glass is for when nothing else opens it.
 */
@Injectable()
export class EmergencyAccess {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
    private readonly events: EventEmitter2,
    private readonly config: AppConfig,
    private readonly cls: ClsService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly settings: ClientSettingsService,
  ) {}

  @Transactional()
  async breakGlass(clientId: string, reasonGiven: string): Promise<EmergencyAccessModel> {
    const reason = reasonGiven.trim();
    if (!reason) throw new BadInputError('Say why the record must be opened now.', [{ field: 'reason', message: 'required' }]);
    const { id: userId, role } = this.context.requirePrincipal();
    const client = this.access.borrowed() ? null : await this.tenant.repository(ClientEntity).findOneBy({ id: clientId });
    if (!client) throw new NotFoundError('Client');
    // One break at a time per user and client: two at once would both pass the check below.
    await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`break-glass:${this.context.agencyId}:${userId}:${clientId}`]);
    if ((await this.access.mayOpen([clientId]))[0]) {
      throw new BadInputError('You can already open this record; no emergency access is needed.', [{ field: 'clientId', message: 'already open to you' }]);
    }
    if (role === Role.CASE_MANAGER && (await this.settings.current()).caseManagersOpenAnyClient) {
      throw new BadInputError('Your agency lets you open this record by giving a reason; no emergency access is needed.', [
        { field: 'clientId', message: 'open with a reason' },
      ]);
    }
    const grants = this.tenant.repository(ClientAccessGrantEntity);
    const grantedAt = new Date();
    const grant = await grants.save(
      grants.create({ clientId, userId, reason, grantedAt, expiresAt: new Date(grantedAt.getTime() + this.config.BREAK_GLASS_MINUTES * 60_000), emergency: true }),
    );
    await this.audit.record({
      action: AuditAction.BREAK_GLASS,
      entityType: 'ClientAccessGrant',
      entityId: grant.id,
      clientId,
      reason,
      changes: { userId: { to: userId }, expiresAt: { to: grant.expiresAt.toISOString() }, emergency: { to: true } },
    });
    const event: EmergencyAccessGrantedEvent = { grantId: grant.id, clientId, clientNumber: client.clientNumber, userId, reason, grantedAt, expiresAt: grant.expiresAt };
    await emitInTransaction(this.events, EMERGENCY_ACCESS_GRANTED, event);
    return { id: grant.id, clientId, grantedAt, expiresAt: grant.expiresAt };
  }

  /** Until when the caller's emergency access to the client lasts (null: none), batched per request. */
  until(clientId: string): Promise<Date | null> {
    const { role, id: userId } = this.context.requirePrincipal();
    if (!BREAK_GLASS_ROLES.includes(role)) return Promise.resolve(null);
    return requestLoader<string, Date | null>(this.cls, UNTIL_LOADER, async (ids) => {
      const live = await this.tenant
        .repository(ClientAccessGrantEntity)
        .find({ where: { clientId: In([...ids]), userId, emergency: true, expiresAt: MoreThan(new Date()) }, order: { expiresAt: 'DESC' } });
      return ids.map((id) => live.find((grant) => grant.clientId === id)?.expiresAt ?? null);
    }).load(clientId);
  }
}
