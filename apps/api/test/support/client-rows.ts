import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

/**
 * Client rows written straight to the database, for specs of areas that hang from a client
 * (network, consents) and must not depend on the intake mutations.
 */
export async function insertClient(t: TestApp, agencyId: string, name = { first: 'Rosa', last: 'Quintero' }): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO client (agency_id, client_number, status, legal_first_name, legal_last_name)
     VALUES ($1, $2, 'ACTIVE', $3, $4) RETURNING id`,
    [agencyId, `T-${randomUUID().slice(0, 8)}`, name.first, name.last],
  );
  return row.id;
}

/** Puts the client on the case manager's caseload: an open enrollment they lead. */
export async function assignCaseManager(t: TestApp, agencyId: string, clientId: string, caseManagerId: string): Promise<void> {
  const [program] = await t.db.query(`INSERT INTO program (agency_id, code, name) VALUES ($1, $2, 'Test program') RETURNING id`, [
    agencyId,
    `P-${randomUUID().slice(0, 8).toUpperCase()}`,
  ]);
  await t.db.query(
    `INSERT INTO enrollment (agency_id, client_id, program_id, status, opened_on, primary_case_manager_id)
     VALUES ($1, $2, $3, 'ACTIVE', current_date, $4)`,
    [agencyId, clientId, program.id, caseManagerId],
  );
}
