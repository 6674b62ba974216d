import { auditSeverity } from '@waymark/shared/types';
import { stringify } from 'csv-stringify/sync';
import type { AuditEventEntity } from './audit-event.entity';
import type { AuditClientName } from './audit-names';

const HEADER = ['id', 'occurred_at', 'severity', 'action', 'actor_type', 'actor_id', 'actor_name', 'client_id', 'client_number', 'client_name', 'entity_type', 'entity_id', 'reason', 'changes', 'request_id', 'ip'];

/**
 * Events as a CSV file a spreadsheet opens. Reasons and changes carry what users typed, so a
 * cell starting =, +, -, @ (a formula the spreadsheet would run) is written as text. Users and
 * clients are named beside their ids, as `names` found them.
 */
export function auditCsv(
  rows: readonly AuditEventEntity[],
  names: { actors: ReadonlyMap<string, string>; clients: ReadonlyMap<string, AuditClientName> },
): string {
  return stringify(
    [
      HEADER,
      ...rows.map((row) => {
        const client = row.clientId ? names.clients.get(row.clientId) : undefined;
        return [
        row.id,
        row.occurredAt.toISOString(),
        auditSeverity(row.action, row.changes),
        row.action,
        row.actorType,
        row.actorId ?? '',
        (row.actorId && names.actors.get(row.actorId)) ?? '',
        row.clientId ?? '',
        client?.clientNumber ?? '',
        client?.displayName ?? '',
        row.entityType ?? '',
        row.entityId ?? '',
        row.reason ?? '',
        row.changes ? JSON.stringify(row.changes) : '',
        row.requestId ?? '',
        row.ip ?? '',
        ];
      }),
    ],
    { record_delimiter: 'windows', escape_formulas: true },
  );
}
