import { ActorType, AuditAction } from '@waymark/shared/types';
import { bulkInsert, type Columns, type RunQuery } from './bulk-insert';

/** Why the trail says the seed made a record. */
export const SEEDED = 'Demo data (db:seed)';

/** An audit_event row as the seed writes it; the sealer chains it like any other. */
export interface AuditRow {
  occurred_at: Date;
  actor_type: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  client_id: string | null;
  reason: string | null;
}

const AUDIT: Columns<AuditRow> = {
  occurred_at: 'timestamptz',
  actor_type: 'text',
  actor_id: 'uuid',
  action: 'text',
  entity_type: 'text',
  entity_id: 'text',
  client_id: 'uuid',
  reason: 'text',
};

/** The seed's own record of what it made: one CREATE by the system per row, as AuditTrail would write it, in bulk. */
export function seededEvent(entityType: string, entityId: string, clientId: string | null = null): AuditRow {
  return { occurred_at: new Date(), actor_type: ActorType.SYSTEM, actor_id: null, action: AuditAction.CREATE, entity_type: entityType, entity_id: entityId, client_id: clientId, reason: SEEDED };
}

export async function writeAuditEvents(run: RunQuery, agencyId: string, rows: readonly AuditRow[]): Promise<void> {
  await bulkInsert(run, 'audit_event', agencyId, AUDIT, rows);
}
