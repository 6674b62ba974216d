import {
  AssessmentStatus,
  CarePlanStatus,
  normalizeProgramRules,
  type ProgramRules,
  referralLabel,
  TASK_CARRIER_ROLES,
  TaskKind,
  TaskStatus,
  visitNoteTypes,
} from '@waymark/shared/types';
import type { Role } from '@waymark/shared/types';
import { closingOf, type TaskClosing } from '../../libs/api/care-plan/src/lib/worklist/closed-deadlines';
import { type PlanningInput, plannedDeadlines } from '../../libs/api/care-plan/src/lib/worklist/planned-deadlines';
import type { ReferralFact } from '../../libs/api/referral/src/lib/follow-up/referral-fact';
import { type AuditEvent, type AuditSource, recordAudit } from './audit';
import type { Transaction } from './statements';

/**
 * The worklist's answer to a referral's move (WorklistListeners.referralChanged →
 * DeadlinePlanner.reconcileFact → GeneratedTasks.sync, libs/api/care-plan/src/lib/worklist/):
 * the enrollment's facts read with the same statements, the tasks planned and closed by the
 * API's own pure rules (planned-deadlines.ts, closed-deadlines.ts), written with the same SQL.
 */

const CLOSED_WHEN_DONE: readonly TaskKind[] = [
  TaskKind.ASSESSMENT_DUE,
  TaskKind.PLAN_DUE,
  TaskKind.IMPLEMENTATION_PLAN_DUE,
  TaskKind.PLAN_REVIEW,
  TaskKind.PLAN_APPROVAL,
  TaskKind.VISIT,
  TaskKind.REFERRAL_NO_ANSWER,
  TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP,
];

interface TaskRow {
  id: string;
  client_id: string | null;
  kind: TaskKind;
  due_on: string;
  assignee_id: string | null;
  subject_id: string | null;
  dedupe_key: string;
}

interface EnrollmentRow {
  id: string;
  client_id: string;
  program_id: string;
  status: string;
  opened_on: string;
  closed_on: string | null;
  close_reason: string | null;
  primary_case_manager_id: string | null;
  version: number;
}

type ReferralFactRow = Omit<ReferralFact, 'label'> & { serviceName: string | null; providerName: string | null };

const TASK_COLUMNS = `id, client_id, kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, assignee_id, subject_id, dedupe_key`;
const ENROLLMENT_COLUMNS = 'id, created_at, updated_at, version, agency_id, client_id, program_id, status, opened_on, open_reason, closed_on, close_reason, primary_case_manager_id';
const PROGRAM_COLUMNS = 'id, created_at, updated_at, version, agency_id, code, name, description, rules, active';

/** Staff read once each per request, as the API's StaffLoader caches them. */
class Staff {
  private readonly known = new Map<string, { id: string; role: Role; active: boolean } | null>();

  constructor(
    private readonly tx: Transaction,
    private readonly agencyId: string,
  ) {}

  async load(ids: string[]): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (!wanted.length) return;
    const rows = await this.tx.query<{ id: string; role: Role; active: boolean }>(
      'SELECT id, display_name, role, active, agency_id FROM app_user WHERE id = ANY($1::uuid[]) AND agency_id = $2',
      [wanted, this.agencyId],
    );
    for (const id of wanted) this.known.set(id, rows.find((row) => row.id === id) ?? null);
  }

  get(id: string) {
    return this.known.get(id) ?? null;
  }
}

export async function reconcileEnrollment(tx: Transaction, source: AuditSource, agencyId: string, enrollmentId: string): Promise<void> {
  const [enrollment] = await tx.query<EnrollmentRow>(`SELECT ${ENROLLMENT_COLUMNS} FROM enrollment WHERE id = ANY($1::uuid[]) AND agency_id = $2`, [[enrollmentId], agencyId]);
  if (!enrollment) return;
  // The program twice, as the API reads it: its name for the enrollment's fact (a loader), then its rules.
  const [named] = await tx.query<{ name: string }>(`SELECT ${PROGRAM_COLUMNS} FROM program WHERE id = ANY($1::uuid[]) AND agency_id = $2`, [[enrollment.program_id], agencyId]);
  const [program] = await tx.query<{ rules: Partial<ProgramRules> | null }>(`SELECT ${PROGRAM_COLUMNS} FROM program WHERE id = $1 AND agency_id = $2 LIMIT 1`, [
    enrollment.program_id,
    agencyId,
  ]);
  const rules = normalizeProgramRules(program?.rules);
  const { progress, planStatuses } = await enrollmentFacts(tx, agencyId, enrollment);
  const schedule = rules.visitSchedule;
  const noteTypes = schedule ? visitNoteTypes(schedule) : null;
  const lastVisitOn = schedule
    ? ((
        await tx.query<{ day: string | null }>(
          `SELECT to_char(max(n.occurred_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM case_note n
            WHERE n.agency_id = $1 AND n.client_id = $2 AND n.status = $3 AND n.occurred_at >= $4::date${noteTypes ? ' AND n.note_type = ANY($5::text[])' : ''}`,
          noteTypes ? [agencyId, enrollment.client_id, 'SIGNED', enrollment.opened_on, noteTypes] : [agencyId, enrollment.client_id, 'SIGNED', enrollment.opened_on],
        )
      )[0]?.day ?? null)
    : null;
  const referralRows = await tx.query<ReferralFactRow>(
    `SELECT id, client_id AS "clientId", enrollment_id AS "enrollmentId", status, sent_at AS "sentAt", appointment_at AS "appointmentAt",
       service_name AS "serviceName", provider_name AS "providerName", sent_by AS "sentBy" FROM referral WHERE agency_id = $1 AND enrollment_id = $2 ORDER BY created_at, id`,
    [agencyId, enrollment.id],
  );
  const referrals = referralRows.map(({ serviceName, providerName, ...fact }) => ({ ...fact, label: referralLabel({ serviceName, providerName }) }));

  const staff = new Staff(tx, agencyId);
  const caseManagerId = enrollment.primary_case_manager_id;
  if (caseManagerId) await staff.load([caseManagerId]);
  const senders = [...new Set(referrals.flatMap((referral) => (referral.sentBy ? [referral.sentBy] : [])))];
  await staff.load(senders);
  const carriers = new Set(senders.filter((id) => staff.get(id)?.active && TASK_CARRIER_ROLES.includes(staff.get(id)?.role as Role)));

  const input: PlanningInput = {
    enrollment: {
      id: enrollment.id,
      clientId: enrollment.client_id,
      programId: enrollment.program_id,
      programName: named?.name ?? 'Program',
      status: enrollment.status as PlanningInput['enrollment']['status'],
      openedOn: enrollment.opened_on,
      closedOn: enrollment.closed_on,
      closeReason: enrollment.close_reason,
      primaryCaseManagerId: caseManagerId && staff.get(caseManagerId)?.active ? caseManagerId : null,
      version: enrollment.version,
    },
    rules,
    progress,
    lastVisitOn,
    today: new Date().toISOString().slice(0, 10),
    referrals,
    referralSenders: carriers,
  };
  await syncTasks(tx, source, agencyId, enrollment, input, planStatuses);
}

interface FactsRow {
  firstAssessmentOn: string | null;
  renewals: { instrumentCode: string; instrumentName: string; nextDueOn: string | null }[];
  lastApprovedOn: string | null;
  plans: { id: string; status: CarePlanStatus; reviewDueOn: string | null; submittedAt: string | null }[];
  received: string[];
}

/** DeadlineFacts.of: the enrollment's assessments, plans and person-directed plans in one statement. */
async function enrollmentFacts(tx: Transaction, agencyId: string, enrollment: EnrollmentRow) {
  const [row] = await tx.query<FactsRow>(
    `SELECT
       (SELECT to_char(min(completed_on), 'YYYY-MM-DD') FROM assessment
         WHERE agency_id = $1 AND enrollment_id = $2 AND status = ANY($4)) AS "firstAssessmentOn",
       (SELECT coalesce(json_agg(renewal), '[]') FROM (
         SELECT DISTINCT ON (i.code) i.code AS "instrumentCode", i.name AS "instrumentName", to_char(a.next_due_on, 'YYYY-MM-DD') AS "nextDueOn"
         FROM assessment a JOIN instrument i ON i.agency_id = a.agency_id AND i.id = a.instrument_id
         WHERE a.agency_id = $1 AND a.client_id = $3 AND a.status = $5
         ORDER BY i.code, a.completed_on DESC, a.completed_at DESC) renewal) AS renewals,
       (SELECT to_char(max(approved_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM care_plan
         WHERE agency_id = $1 AND enrollment_id = $2 AND approved_at IS NOT NULL) AS "lastApprovedOn",
       (SELECT coalesce(json_agg(json_build_object('id', id, 'status', status, 'reviewDueOn', to_char(review_due_on, 'YYYY-MM-DD'), 'submittedAt', submitted_at)), '[]')
         FROM care_plan WHERE agency_id = $1 AND enrollment_id = $2) AS plans,
       (SELECT coalesce(json_agg(DISTINCT to_char(received_on, 'YYYY-MM-DD')), '[]') FROM person_directed_plan
         WHERE agency_id = $1 AND enrollment_id = $2) AS received`,
    [agencyId, enrollment.id, enrollment.client_id, [AssessmentStatus.COMPLETED, AssessmentStatus.SUPERSEDED], AssessmentStatus.COMPLETED],
  );
  const active = row.plans.find((plan) => plan.status === CarePlanStatus.ACTIVE);
  const progress: PlanningInput['progress'] = {
    firstAssessmentOn: row.firstAssessmentOn,
    renewals: row.renewals.flatMap((renewal) => (renewal.nextDueOn ? [{ ...renewal, nextDueOn: renewal.nextDueOn }] : [])),
    lastApprovedOn: row.lastApprovedOn,
    activePlan: active ? { id: active.id, reviewDueOn: active.reviewDueOn } : null,
    pendingPlans: row.plans
      .filter((plan) => plan.status === CarePlanStatus.PENDING_APPROVAL && plan.submittedAt)
      .map((plan) => ({ id: plan.id, submittedAt: new Date(plan.submittedAt as string).toISOString() })),
    personDirectedPlansReceivedOn: row.received,
  };
  return { progress, planStatuses: new Map(row.plans.map((plan) => [plan.id, plan.status])) };
}

/** Writes the planned tasks ($4) of the enrollment ($3) of a client ($2) that do not exist yet (GeneratedTasks' INSERT_PLANNED). */
const INSERT_PLANNED = `INSERT INTO task (agency_id, client_id, enrollment_id, kind, title, status, priority, due_on, assignee_id, subject_type, subject_id, dedupe_key)
  SELECT $1, $2, $3, p.kind, p.title, 'OPEN', p.priority, p.due_on, p.assignee_id, p.subject_type, p.subject_id, p.dedupe_key
  FROM jsonb_to_recordset($4::jsonb) AS p(kind text, title text, priority text, due_on date, assignee_id uuid, subject_type text, subject_id uuid, dedupe_key text)
  ON CONFLICT (agency_id, dedupe_key) DO NOTHING`;

function plannedRows(planned: ReturnType<typeof plannedDeadlines>): string {
  return JSON.stringify(
    planned.map((task) => ({
      kind: task.kind,
      title: task.title,
      priority: task.priority,
      due_on: task.dueOn,
      assignee_id: task.assigneeId,
      subject_type: task.subjectType,
      subject_id: task.subjectId,
      dedupe_key: task.dedupeKey,
    })),
  );
}

/**
 * GeneratedTasks.sync: the planned tasks missing written and, for an open enrollment, the open
 * ones no longer planned found in the same statement; those closed, one UPDATE per way of closing.
 */
async function syncTasks(
  tx: Transaction,
  source: AuditSource,
  agencyId: string,
  enrollment: EnrollmentRow,
  input: PlanningInput,
  planStatuses: Map<string, CarePlanStatus>,
): Promise<void> {
  const planned = plannedDeadlines(input);
  if (enrollment.closed_on) {
    if (planned.length) await recordCreated(tx, source, await tx.query<TaskRow>(`${INSERT_PLANNED} RETURNING ${TASK_COLUMNS}`, [agencyId, enrollment.client_id, enrollment.id, plannedRows(planned)]));
    await closeTasks(tx, source, agencyId, enrollment.id, { status: TaskStatus.CANCELLED, note: 'The enrollment closed.' }, `dedupe_key IS NOT NULL AND kind <> '${TaskKind.FOLLOW_UP}'`, []);
    return;
  }
  const rows = await tx.query<TaskRow & { created: boolean }>(
    `WITH created AS (${INSERT_PLANNED} RETURNING id, client_id, kind, due_on, assignee_id, subject_id, dedupe_key)
     SELECT true AS created, ${TASK_COLUMNS} FROM created
     UNION ALL
     SELECT false, ${TASK_COLUMNS} FROM task
     WHERE agency_id = $1 AND enrollment_id = $3 AND status = 'OPEN' AND dedupe_key IS NOT NULL AND kind = ANY($5) AND NOT dedupe_key = ANY($6)`,
    [agencyId, enrollment.client_id, enrollment.id, plannedRows(planned), CLOSED_WHEN_DONE, planned.map((task) => task.dedupeKey)],
  );
  await recordCreated(tx, source, rows.filter((row) => row.created));
  const groups = new Map<string, { how: TaskClosing; ids: string[] }>();
  for (const row of rows.filter((task) => !task.created)) {
    const how = closingOf({ kind: row.kind, dedupeKey: row.dedupe_key, dueOn: row.due_on, subjectId: row.subject_id }, input, planStatuses);
    const key = `${how.status}:${how.note}`;
    if (!groups.has(key)) groups.set(key, { how, ids: [] });
    groups.get(key)?.ids.push(row.id);
  }
  for (const { how, ids } of groups.values()) await closeTasks(tx, source, agencyId, enrollment.id, how, 'id = ANY($6)', [ids]);
}

function recordCreated(tx: Transaction, source: AuditSource, rows: TaskRow[]): Promise<void> {
  return recordAudit(
    tx,
    source,
    rows.map((row) => ({
      action: 'CREATE',
      entityType: 'Task',
      entityId: row.id,
      clientId: row.client_id,
      changes: { kind: { to: row.kind }, dueOn: { to: row.due_on }, assigneeId: { to: row.assignee_id }, dedupeKey: { to: row.dedupe_key } },
    })),
  );
}

/** GeneratedTasks.close: one UPDATE for a way of closing, and the audit of the rows it closed. */
async function closeTasks(tx: Transaction, source: AuditSource, agencyId: string, enrollmentId: string, how: TaskClosing, which: string, params: unknown[]) {
  const completedAt = new Date();
  const rows = await tx.query<TaskRow>(
    `UPDATE task SET status = $4, completed_at = $3, completion_note = $5, version = version + 1, updated_at = now()
      WHERE agency_id = $1 AND enrollment_id = $2 AND status = 'OPEN' AND ${which} RETURNING ${TASK_COLUMNS}`,
    [agencyId, enrollmentId, completedAt, how.status, how.note, ...params],
  );
  const changes = { status: { from: TaskStatus.OPEN, to: how.status }, completedAt: { to: completedAt.toISOString() }, completionNote: { to: how.note } };
  await recordAudit(
    tx,
    source,
    rows.map((row): AuditEvent => ({ action: 'UPDATE', entityType: 'Task', entityId: row.id, clientId: row.client_id, changes })),
  );
}
