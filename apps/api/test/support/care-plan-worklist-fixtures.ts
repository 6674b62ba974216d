import { WorklistSweep } from '@waymark/api/care-plan';
import { Clock } from '@waymark/api/common';
import { daysFromToday, newClient, newProgram, ok, type StaffedAgency } from './client-fixtures';
import { ENROLL } from './client-operations';
import type { GqlResult, TestApp } from './test-app';

/** The worklist's operations, as the dashboard and the worklist page send them. */
export const TASK_FIELDS = `id version kind title programName instrumentName referralLabel details status priority dueOn timing enrollmentId subjectType subjectId generated escalatedAt
  completedAt completionNote createdAt assignee { id } completedBy { id } client { id displayName clientNumber }`;
export const MY_TASKS = `query ($timing: TaskTiming, $kinds: [TaskKind!], $dueWithinDays: Int, $first: Int, $after: String) {
  myTasks(timing: $timing, kinds: $kinds, dueWithinDays: $dueWithinDays, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TASK_FIELDS} } } }
}`;
export const TASKS = `query ($filter: TaskFilter, $first: Int, $after: String) {
  tasks(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TASK_FIELDS} } } }
}`;
export const CLIENT_TASKS = `query ($clientId: ID!, $status: TaskStatus) { clientTasks(clientId: $clientId, status: $status) { ${TASK_FIELDS} } }`;
export const WORK_SUMMARY = '{ workSummary { overdue dueToday upcoming assessmentsDue caseload } }';
export const OVERDUE_BY_WORKER = '{ overdueByWorker { worker { id displayName } overdue escalated oldestDueOn } }';
export const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
export const UPDATE_TASK = `mutation ($input: UpdateTaskInput!) { updateTask(input: $input) { ${TASK_FIELDS} } }`;
export const COMPLETE_TASK = `mutation ($input: CompleteTaskInput!) { completeTask(input: $input) { ${TASK_FIELDS} } }`;
export const CANCEL_TASK = `mutation ($input: CancelTaskInput!) { cancelTask(input: $input) { ${TASK_FIELDS} } }`;
export const REASSIGN_TASK = `mutation ($input: ReassignTaskInput!) { reassignTask(input: $input) { ${TASK_FIELDS} } }`;
export const RECORD_PERSON_DIRECTED_PLAN = `mutation ($input: RecordPersonDirectedPlanInput!) {
  recordPersonDirectedPlan(input: $input) { id version clientId enrollmentId receivedOn note }
}`;

/** Program rules that make every kind of deadline, with round numbers a reader can count by hand. */
export const DEADLINE_RULES = {
  deadlines: { assessmentDays: 30, planDays: 14, reviewMonths: 6, implementationPlanDays: 10, monitoringEveryMonths: 3 },
  visitSchedule: { everyDays: 30, kind: 'HOME_VISIT' },
  requiredInstruments: [{ instrumentCode: 'SOCIAL_NEEDS', renewEveryMonths: 12 }],
  followUpDays: [30, 60, 90],
};

export interface Enrolled {
  clientId: string;
  programId: string;
  enrollmentId: string;
  version: number;
  openedOn: string;
}

/** An active client enrolled `daysAgo` days ago in a new program with the rules, the case manager primary. */
export async function enrolled<W extends string>(
  t: TestApp,
  staffed: StaffedAgency<W>,
  caseManagerId: string,
  { rules = DEADLINE_RULES, daysAgo = 0 }: { rules?: Record<string, unknown>; daysAgo?: number } = {},
): Promise<Enrolled> {
  const admin = staffed.people.admin.token;
  const clientId = await newClient(t, admin, { status: 'ACTIVE' });
  const programId = await newProgram(t, admin, {}, { name: 'Supported Living', rules });
  const openedOn = daysFromToday(-daysAgo);
  const enrollment = await ok(staffed.as('admin')(ENROLL, { input: { clientId, programId, openedOn, primaryCaseManagerId: caseManagerId, reason: 'Referral' } }));
  return { clientId, programId, enrollmentId: enrollment.id, version: enrollment.version, openedOn };
}

export interface TaskRow {
  kind: string;
  dedupe_key: string | null;
  due_on: string;
  status: string;
  assignee_id: string | null;
  escalated: boolean;
}

/** The enrollment's tasks as stored, soonest due first. */
export function tasksOf(t: TestApp, enrollmentId: string): Promise<TaskRow[]> {
  return t.db.query(
    `SELECT kind, dedupe_key, due_on::text, status, assignee_id, escalated_at IS NOT NULL AS escalated FROM task
     WHERE enrollment_id = $1 ORDER BY due_on, kind, dedupe_key`,
    [enrollmentId],
  );
}

/** The enrollment's tasks still open, by dedupe key: what its worklist shows. */
export async function openKeys(t: TestApp, enrollmentId: string): Promise<string[]> {
  return (await tasksOf(t, enrollmentId)).filter((task) => task.status === 'OPEN').map((task) => task.dedupe_key ?? '');
}

/** Deactivates the user, as the agency's admin does when someone leaves. */
export async function deactivate(t: TestApp, staffed: { as: (who: 'admin') => (query: string, variables?: Record<string, unknown>) => Promise<GqlResult> }, userId: string): Promise<void> {
  const [{ version }] = await t.db.query(`SELECT version FROM app_user WHERE id = $1`, [userId]);
  await ok(staffed.as('admin')(`mutation ($input: UserVersionInput!) { deactivateUser(input: $input) { id } }`, { input: { userId, version } }));
}

/** Runs the scheduled sweep of the agency now, at the clock's today (other specs' agencies are left alone). */
export function sweep(t: TestApp, agencyId: string): Promise<void> {
  return t.app.get(WorklistSweep).runFor(agencyId);
}

/** Moves the agency clock to `date` (noon UTC); `backToNow` undoes it. */
export function travelTo(t: TestApp, date: string): void {
  t.app.get(Clock).travelTo(`${date}T12:00:00Z`);
}

export function backToNow(t: TestApp): void {
  t.app.get(Clock).travelTo(new Date());
}

export interface TaskAuditRow {
  action: string;
  entity_id: string;
  actor_type: string;
  actor_id: string | null;
  changes: Record<string, { from?: unknown; to?: unknown }>;
}

/** The audit rows of the worklist's tasks about the client, oldest first. */
export function taskAuditOf(t: TestApp, clientId: string): Promise<TaskAuditRow[]> {
  return t.db.query(`SELECT action, entity_id, actor_type, actor_id, changes FROM audit_event WHERE entity_type = 'Task' AND client_id = $1 ORDER BY id`, [clientId]);
}
