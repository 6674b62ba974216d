import type { Caller } from './auth';
import { CASELOAD_SQL, CLIENT_COLUMNS, type ClientRow } from './clients';
import { Refused } from './route';
import type { Queryable } from './statements';

/**
 * ClientAccess.require (libs/api/client/src/lib/access/client-access.service.ts) for case managers
 * on their caseload, supervisors and admins: the client and, for a case manager, whether it is on
 * their caseload, in one statement. (The bench opens no client outside the caseload.)
 */
export async function requireClient(db: Queryable, caller: Caller, clientId: string, need: 'read' | 'write'): Promise<ClientRow> {
  const caseManager = caller.role === 'CASE_MANAGER';
  const [client] = await db.query<ClientRow & { in_caseload?: boolean }>(
    caseManager
      ? `SELECT ${CLIENT_COLUMNS('c')}, ${CASELOAD_SQL('c', '$1')} AS in_caseload FROM client c WHERE c.agency_id = $2 AND c.id = $3`
      : `SELECT ${CLIENT_COLUMNS('c')} FROM client c WHERE c.agency_id = $1 AND c.id = $2`,
    caseManager ? [caller.userId, caller.agencyId, clientId] : [caller.agencyId, clientId],
  );
  if (!client) throw new Refused('NOT_FOUND', 'Client not found.');
  if (caseManager && !client.in_caseload) throw new Refused('FORBIDDEN', 'This client is not on your caseload.');
  if (!caseManager && caller.role !== 'SUPERVISOR' && caller.role !== 'ADMIN') throw new Refused('FORBIDDEN', 'The baseline serves case managers, supervisors and admins.');
  if (need === 'write' && client.merged_into_id) throw new Refused('BAD_USER_INPUT', 'This record was merged into another client record.');
  return client;
}
