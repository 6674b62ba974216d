import { Injectable } from '@nestjs/common';
import { isDigits } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditEventEntity } from './audit-event.entity';

/** One event of the agency's trail, as an export (a FHIR AuditEvent) shows it. */
export interface AuditEventFact {
  id: string;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
  /** An API call's outcomes as recorded (e.g. `OK; FORBIDDEN`); null for every other action. */
  callOutcome: string | null;
}

/**
 * The agency's trail about one client as plain facts, for the integration views above (FHIR),
 * in one query. No role or access check: the caller decides who may read the trail and opens
 * the client first, and records the read of the trail itself. Field changes are left out.
 */
@Injectable()
export class AuditEventFacts {
  constructor(private readonly tenant: TenantScope) {}

  /** The client's latest `limit` events, newest first. */
  async forClient(clientId: string, limit: number): Promise<AuditEventFact[]> {
    const rows = await this.events.createQueryBuilder('e').andWhere('e.client_id = :clientId', { clientId }).orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC').limit(limit).getMany();
    return rows.map(toFact);
  }

  /** How many events the agency's trail holds about the client: a search's total when its page is cut. */
  async countForClient(clientId: string): Promise<number> {
    return this.events.createQueryBuilder('e').andWhere('e.client_id = :clientId', { clientId }).getCount();
  }

  /** The agency's event of this id, or null (an id that is not a number too). */
  async one(id: string): Promise<AuditEventFact | null> {
    if (!isDigits(id)) return null;
    const row = await this.events.findOneBy({ id });
    return row ? toFact(row) : null;
  }

  private get events() {
    return this.tenant.repository(AuditEventEntity);
  }
}

function toFact(row: AuditEventEntity): AuditEventFact {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actorType: row.actorType,
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    clientId: row.clientId,
    reason: row.reason,
    requestId: row.requestId,
    ip: row.ip,
    callOutcome: row.action === 'API_CALL' ? callOutcomeOf(row.changes) : null,
  };
}

function callOutcomeOf(changes: Record<string, unknown> | null): string | null {
  const outcome = (changes?.['outcome'] as { to?: unknown } | undefined)?.to;
  return typeof outcome === 'string' ? outcome : null;
}
