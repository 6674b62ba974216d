import { Injectable } from '@nestjs/common';
import { BadInputError, decodeCursor, isDigits, RequestContext, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { ActorType, AUDIT_EXPORT_MAX_ROWS, AuditAction } from '@waymark/shared/types';
import type { AuditChainReportModel } from './audit-chain-report.model';
import { auditCsv } from './audit-csv';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventModel } from './audit-event.model';
import { AuditNames } from './audit-names';
import type { AuditExportModel } from './audit-export.model';
import { applyAuditFilter, filterChanges } from './audit-filter';
import { AuditTrail } from './audit-trail.service';
import { AuditVerifier } from './audit-verifier.service';
import type { ClientViewerModel } from './client-viewer.model';
import type { AuditEventFilter, AuditEventsArgs } from './dto/audit-event-filter.input';

/** Reading the trail is itself a read of the trail: it is recorded under this entity type. */
const TRAIL = 'AuditTrail';

/** A page's cursor keeps the time to the microsecond (PostgreSQL's, finer than a JS Date), so no event between pages is skipped. */
const CURSOR_AT = `to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const isCursorInstant = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value);

interface RawViewer {
  actorId: string;
  actorType: string;
  views: number;
  firstViewedAt: Date | string;
  lastViewedAt: Date | string;
  emergency: boolean;
  reasons: string[];
}

/** What admins and auditors ask of their agency's trail. Every question is itself recorded. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly verifier: AuditVerifier,
    private readonly trail: AuditTrail,
    private readonly context: RequestContext,
    private readonly names: AuditNames,
  ) {}

  /** The filtered events, newest first, a page at a time. */
  async list({ first, after, filter }: AuditEventsArgs) {
    const query = applyAuditFilter(this.events(), filter).addSelect(CURSOR_AT, 'cursor_at').limit(first + 1);
    if (after) {
      const [occurredAt, id] = decodeCursor(after, [isCursorInstant, isDigits]);
      query.andWhere('(e.occurred_at, e.id) < (:afterAt::timestamptz, :afterId::bigint)', { afterAt: occurredAt, afterId: id });
    }
    const { entities, raw } = await query.getRawAndEntities<{ cursor_at: string }>();
    const rows = entities.map((entity, i) => ({ entity, cursorAt: raw[i].cursor_at }));
    this.trail.recordRead({
      action: AuditAction.READ,
      entityType: TRAIL,
      clientId: filter?.clientId ?? undefined,
      changes: { ...filterChanges(filter), rows: { to: Math.min(rows.length, first) } },
    });
    return toConnection(rows, first, (row) => AuditEventModel.from(row.entity), (row) => [row.cursorAt, row.entity.id]);
  }

  /** The filtered events as CSV, at most AUDIT_EXPORT_MAX_ROWS of them; the export is an EXPORT event. */
  async export(filter: AuditEventFilter | null | undefined): Promise<AuditExportModel> {
    const rows = await applyAuditFilter(this.events(), filter).limit(AUDIT_EXPORT_MAX_ROWS + 1).getMany();
    if (rows.length > AUDIT_EXPORT_MAX_ROWS) {
      throw new BadInputError(`More than ${AUDIT_EXPORT_MAX_ROWS} events match; narrow the filter (a shorter time range, say) and export again.`, [
        { field: 'filter', message: `more than ${AUDIT_EXPORT_MAX_ROWS} events` },
      ]);
    }
    const at = new Date();
    await this.trail.record({
      action: AuditAction.EXPORT,
      entityType: TRAIL,
      clientId: filter?.clientId ?? undefined,
      changes: { ...filterChanges(filter), rows: { to: rows.length }, format: { to: 'csv' } },
    });
    const [actors, clients] = await Promise.all([
      this.names.actors(rows.map((row) => (row.actorType === ActorType.USER || row.actorType === ActorType.API_CLIENT ? row.actorId : null))),
      this.names.clients(rows.map((row) => row.clientId)),
    ]);
    return { filename: `audit-trail-${at.toISOString().slice(0, 19).replace(/:/g, '-')}.csv`, csv: auditCsv(rows, { actors, clients }), rowCount: rows.length };
  }

  /**
   * Who has read the client's record: per user, the requests that read it, first and last,
   * whether they broke the glass to, and the reasons they gave (outside the caseload, in an
   * emergency). Reads of the trail about the client are not reads of the record.
   */
  async viewers(clientId: string): Promise<ClientViewerModel[]> {
    const rows = await this.tenant
      .repository(AuditEventEntity)
      .createQueryBuilder('e')
      .select('e.actor_id', 'actorId')
      .addSelect('min(e.actor_type)', 'actorType')
      .addSelect('count(DISTINCT coalesce(e.request_id, e.id::text)) FILTER (WHERE e.action = :read)::int', 'views')
      .addSelect('min(e.occurred_at)', 'firstViewedAt')
      .addSelect('max(e.occurred_at)', 'lastViewedAt')
      .addSelect('bool_or(e.action = :breakGlass)', 'emergency')
      .addSelect(`coalesce(array_agg(DISTINCT e.reason) FILTER (WHERE e.reason IS NOT NULL), '{}')`, 'reasons')
      .andWhere('e.client_id = :clientId', { clientId })
      .andWhere('e.action IN (:read, :breakGlass)', { read: AuditAction.READ, breakGlass: AuditAction.BREAK_GLASS })
      .andWhere('e.actor_id IS NOT NULL')
      .andWhere('e.actor_type IN (:...actorTypes)', { actorTypes: [ActorType.USER, ActorType.API_CLIENT] })
      .andWhere('e.entity_type IS DISTINCT FROM :trail', { trail: TRAIL })
      .groupBy('e.actor_id')
      .orderBy('"lastViewedAt"', 'DESC')
      .getRawMany<RawViewer>();
    this.trail.recordRead({ action: AuditAction.READ, entityType: TRAIL, clientId, changes: { viewers: { to: rows.length } } });
    return rows.map((row) => ({ ...row, firstViewedAt: new Date(row.firstViewedAt), lastViewedAt: new Date(row.lastViewedAt) }));
  }

  async verifyChain(): Promise<AuditChainReportModel> {
    const report = await this.verifier.verify(this.context.agencyId);
    this.trail.recordRead({
      action: AuditAction.VERIFY,
      entityType: TRAIL,
      changes: { intact: { to: report.intact }, firstBrokenEventId: { to: report.firstBrokenEventId } },
    });
    return { ...report, checkedAt: new Date() };
  }

  private events() {
    return this.tenant.repository(AuditEventEntity).createQueryBuilder('e').orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC');
  }
}
