import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate } from '@waymark/api/client';
import { decodeCursor, isUuid, NotFoundError, RequestContext, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { EmergencyCallsArgs } from './dto/emergency-calls.args';
import { EMERGENCY_CALL, EmergencyCallEntity } from './emergency-call.entity';
import { EmergencyCallConnection, EmergencyCallModel } from './emergency-call.model';

/** An instant as a cursor keeps it: ISO text to the microsecond, as PostgreSQL stores it. */
const isInstant = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value);
const RECEIVED_TEXT = `to_char(c.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Reading the emergency log. Everyone signed in reads it (the next on-call worker needs the
 * night's calls), except what is about a client they may not open: a case manager sees the
 * calls about nobody, about their caseload, and those they took or must follow up. Every
 * call about a client shown is an audited read of that client's record.
 */
@Injectable()
export class EmergencyCallQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly clients: ClientGate,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  /** The log, newest first, a page at a time. */
  async list({ from, to, needsFollowUp, first, after }: EmergencyCallsArgs): Promise<EmergencyCallConnection> {
    const query = await this.visible();
    if (from) query.andWhere('c.received_at >= :from', { from });
    if (to) query.andWhere('c.received_at < :to', { to });
    if (needsFollowUp) query.andWhere('c.follow_up_needed AND c.followed_up_at IS NULL');
    const totalCount = await query.getCount();
    if (after) {
      const [at, id] = decodeCursor(after, [isInstant, isUuid]);
      query.andWhere('(c.received_at, c.id) < (:cursorAt::timestamptz, :cursorId::uuid)', { cursorAt: at, cursorId: id });
    }
    const { entities, raw } = await query
      .addSelect(RECEIVED_TEXT, 'cursor_at')
      .orderBy('c.received_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const rows = entities.map((call, i) => ({ call, at: raw[i].cursor_at }));
    this.recordReads(entities.slice(0, first));
    return { ...toConnection(rows, first, (r) => EmergencyCallModel.from(r.call), (r) => [r.at, r.call.id]), totalCount };
  }

  /** One call (the worklist's link to it); one the caller may not see is NOT_FOUND. */
  async get(id: string): Promise<EmergencyCallModel> {
    const call = await (await this.visible()).andWhere('c.id = :id', { id }).getOne();
    if (!call) throw new NotFoundError('Call');
    this.recordReads([call]);
    return EmergencyCallModel.from(call);
  }

  /** The agency's calls the caller may see: about nobody, about a client they may open, or theirs to take or follow up. */
  private async visible(): Promise<SelectQueryBuilder<EmergencyCallEntity>> {
    const calls = this.tenant.repository(EmergencyCallEntity);
    const openable = await this.clients.restrictToOpenable(calls.createQueryBuilder('o').select('o.id'), 'o.client_id');
    const me = this.context.requirePrincipal().id;
    return calls
      .createQueryBuilder('c')
      .andWhere(
        new Brackets((q) =>
          q
            .where('c.taken_by = :me', { me })
            .orWhere('c.follow_up_assignee_id = :me', { me })
            .orWhere(`c.id IN (${openable.getQuery()})`),
        ),
      )
      .setParameters({ ...openable.getParameters(), me });
  }

  private recordReads(calls: EmergencyCallEntity[]): void {
    const aboutClients = calls.filter((call) => call.clientId);
    if (!aboutClients.length) return;
    this.audit.recordRead(
      ...aboutClients.map((call) => ({ action: AuditAction.READ, entityType: EMERGENCY_CALL, entityId: call.id, clientId: call.clientId ?? undefined })),
    );
  }
}
