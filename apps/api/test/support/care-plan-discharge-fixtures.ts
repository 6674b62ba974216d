import { daysFromToday, newClient, newProgram, ok, type StaffedAgency } from './client-fixtures';
import { ENROLL } from './client-operations';
import type { TestApp } from './test-app';

/** Discharge planning's operations, as the SPA's wizard sends them. */
export const DISCHARGE_PLAN_FIELDS = 'id version enrollmentId clientId plannedOn reason aftercare continuingServices createdBy { id } createdAt updatedAt';
export const DISCHARGE_PLAN = `query ($enrollmentId: ID!) { dischargePlan(enrollmentId: $enrollmentId) { ${DISCHARGE_PLAN_FIELDS} } }`;
export const SAVE_DISCHARGE_PLAN = `mutation ($input: SaveDischargePlanInput!) { saveDischargePlan(input: $input) { ${DISCHARGE_PLAN_FIELDS} } }`;
export const CLOSURE_CHECK = `query ($enrollmentId: ID!, $closedOn: String) { closureCheck(enrollmentId: $enrollmentId, closedOn: $closedOn) { kind id description } }`;

export type DischargeCast = 'supervisor' | 'caseManager' | 'auditor' | 'intake';

export interface OpenEnrollment {
  clientId: string;
  programId: string;
  enrollmentId: string;
  version: number;
  openedOn: string;
}

/** An active client enrolled 60 days ago in a new program, with the case manager as primary. */
export async function openEnrollment(t: TestApp, staffed: StaffedAgency<DischargeCast>, name = 'Supported Living'): Promise<OpenEnrollment> {
  const admin = staffed.people.admin.token;
  const clientId = await newClient(t, admin, { status: 'ACTIVE' });
  const programId = await newProgram(t, admin, {}, { name });
  const openedOn = daysFromToday(-60);
  const input = { clientId, programId, openedOn, primaryCaseManagerId: staffed.people.caseManager.id, reason: 'Referral' };
  const enrollment = await ok(staffed.as('admin')(ENROLL, { input }));
  return { clientId, programId, enrollmentId: enrollment.id, version: enrollment.version, openedOn };
}

/**
 * A care plan of the enrollment in the given status, written straight to its table: the
 * closure reads plans as care planning stores them, whatever made them.
 */
export async function carePlanRow(t: TestApp, agencyId: string, on: OpenEnrollment, status: string, revision = 1): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO care_plan (agency_id, client_id, enrollment_id, revision, status, effective_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [agencyId, on.clientId, on.enrollmentId, revision, status, on.openedOn],
  );
  return row.id;
}

/** A task of the enrollment, written straight to the worklist's table; DONE ones carry their completion. */
export async function taskRow(t: TestApp, agencyId: string, on: OpenEnrollment, task: { title: string; dueOn: string; kind?: string; status?: string }): Promise<string> {
  const status = task.status ?? 'OPEN';
  const [row] = await t.db.query(
    `INSERT INTO task (agency_id, client_id, enrollment_id, kind, title, status, due_on, completed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $6 = 'OPEN' THEN NULL ELSE now() END) RETURNING id`,
    [agencyId, on.clientId, on.enrollmentId, task.kind ?? 'MANUAL', task.title, status, task.dueOn],
  );
  return row.id;
}

/** The enrollment as stored, to show a refused change left it as it was. */
export async function enrollmentState(t: TestApp, enrollmentId: string) {
  const [row] = await t.db.query(`SELECT status, version, closed_on::text, close_reason FROM enrollment WHERE id = $1`, [enrollmentId]);
  return row;
}

/** The discharge plans stored for the enrollment (0 or 1), with what they say. */
export function dischargePlanRows(t: TestApp, enrollmentId: string) {
  return t.db.query(`SELECT planned_on::text, reason, aftercare, continuing_services, version FROM discharge_plan WHERE enrollment_id = $1`, [enrollmentId]);
}
