import { newClient, newProgram, signedIn, worker, type Worker } from './client-fixtures';
import { newAgency, type TestAgency } from './factories';
import type { TestApp } from './test-app';

/** The last quarter of 2025: every report's known answers are counted over it. */
export const Q4 = { from: '2025-10-01', to: '2025-12-31' };

const FILTER = '$filter: ReportFilterInput!';
export const CASELOAD_REPORT = `query (${FILTER}) { caseloadReport(filter: $filter) {
  asOf workers { worker { id } total pending active onHold closedSince lowRisk moderateRisk highRisk }
  totals { total pending active onHold closedSince lowRisk moderateRisk highRisk } } }`;
export const INTAKE_REPORT = `query (${FILTER}) { intakeReport(filter: $filter) { months { month intakes discharges } intakes discharges reasons { reason discharges } otherReasons } }`;
export const LATE_NOTE_REPORT = `query (${FILTER}) { lateNoteReport(filter: $filter) { months { month signed late } signed late lateEntryDays } }`;
export const DEADLINE_REPORT = `query (${FILTER}) { deadlineReport(filter: $filter) { groups { group met missed open } months { month met missed open } totals { met missed open } } }`;
export const GOAL_REPORT = `query (${FILTER}) { goalReport(filter: $filter) { domains { domain achieved inProgress discontinued } totals { achieved inProgress discontinued } } }`;
const REFERRAL_COUNTS = 'sent open completed needMet partlyMet notMet declined cancelled expired medianDaysToService averageDaysToService';
export const REFERRAL_REPORT = `query (${FILTER}) { referralReport(filter: $filter) { categories { category ${REFERRAL_COUNTS} } totals { ${REFERRAL_COUNTS} } } }`;

/**
 * One agency's year of work written straight to its tables with known dates, so each report
 * has exact answers over Q4 2025 (see the specs for the sums). Ana leads program one, Ben
 * program two; a second agency's rows of the same kind must never be counted.
 */
export interface ReportWorld {
  agency: TestAgency;
  admin: Worker;
  supervisor: Worker;
  auditor: Worker;
  caseManager: Worker;
  ana: Worker;
  ben: Worker;
  programOne: string;
  programTwo: string;
  /** Ana's active case in program one, the one most of the work hangs from. */
  anaCase: string;
  /** Ben's case in program two, on hold. */
  benCase: string;
  other: { agency: TestAgency; admin: Worker; programId: string; worker: Worker };
}

interface Enrollment {
  clientId: string;
  programId: string;
  workerId: string;
  openedOn: string;
  status: 'PENDING' | 'ACTIVE' | 'ON_HOLD' | 'CLOSED';
  closedOn?: string;
  reason?: string;
}

async function enrollment(t: TestApp, agencyId: string, e: Enrollment): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO enrollment (agency_id, client_id, program_id, status, opened_on, closed_on, close_reason, primary_case_manager_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [agencyId, e.clientId, e.programId, e.status, e.openedOn, e.closedOn ?? null, e.reason ?? null, e.workerId],
  );
  return row.id;
}

interface Task {
  enrollmentId: string;
  clientId: string;
  assigneeId: string;
  kind: string;
  dueOn: string;
  status?: 'OPEN' | 'DONE' | 'CANCELLED';
  completedAt?: string;
  generated?: boolean;
}

export async function taskOf(t: TestApp, agencyId: string, task: Task): Promise<void> {
  const status = task.status ?? 'OPEN';
  await t.db.query(
    `INSERT INTO task (agency_id, client_id, enrollment_id, kind, title, status, due_on, assignee_id, dedupe_key, completed_at)
     VALUES ($1, $2, $3, $4, 'Deadline', $5, $6, $7, $8, $9)`,
    [
      agencyId,
      task.clientId,
      task.enrollmentId,
      task.kind,
      status,
      task.dueOn,
      task.assigneeId,
      task.generated === false ? null : `report-spec:${task.kind}:${task.dueOn}:${task.enrollmentId}:${Math.random()}`,
      status === 'OPEN' ? null : (task.completedAt ?? `${task.dueOn}T12:00:00Z`),
    ],
  );
}

interface Note {
  enrollmentId: string;
  clientId: string;
  authorId: string;
  occurredAt: string;
  signedAt: string | null;
  late?: boolean;
}

async function noteOf(t: TestApp, agencyId: string, note: Note): Promise<void> {
  await t.db.query(
    `INSERT INTO case_note (agency_id, client_id, enrollment_id, author_id, note_type, occurred_at, narrative, status, signed_at, late_entry)
     VALUES ($1, $2, $3, $4, 'HOME_VISIT', $5, 'Visit', $6, $7, $8)`,
    [agencyId, note.clientId, note.enrollmentId, note.authorId, note.occurredAt, note.signedAt ? 'SIGNED' : 'DRAFT', note.signedAt, note.late ?? false],
  );
}

interface Referral {
  enrollmentId: string;
  clientId: string;
  sentBy: string;
  needs: string[];
  sentAt: string | null;
  status: string;
  closedAt?: string;
  outcome?: string;
  appointmentAt?: string;
}

async function referralOf(t: TestApp, agencyId: string, r: Referral): Promise<void> {
  await t.db.query(
    `INSERT INTO referral (agency_id, client_id, enrollment_id, provider_name, reason, needs, status, sent_at, sent_by, closed_at, outcome, decline_reason, appointment_at)
     VALUES ($1, $2, $3, 'Provider', 'Needs help', $4, $5, $6, $7, $8, $9, $10, $11)`,
    [agencyId, r.clientId, r.enrollmentId, r.needs, r.status, r.sentAt, r.sentBy, r.closedAt ?? null, r.outcome ?? null, r.status === 'DECLINED' ? 'NO_CAPACITY' : null, r.appointmentAt ?? null],
  );
}

interface Plan {
  enrollmentId: string;
  clientId: string;
  status: string;
  effectiveOn: string;
  revision?: number;
  approved?: boolean;
  closedAt?: string;
  goals: [domain: string, status: string][];
}

async function planOf(t: TestApp, agencyId: string, plan: Plan): Promise<void> {
  const [row] = await t.db.query(
    `INSERT INTO care_plan (agency_id, client_id, enrollment_id, revision, status, effective_on, approved_at, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [agencyId, plan.clientId, plan.enrollmentId, plan.revision ?? 1, plan.status, plan.effectiveOn, plan.approved === false ? null : `${plan.effectiveOn}T09:00:00Z`, plan.closedAt ?? null],
  );
  for (const [position, [domain, status]] of plan.goals.entries()) {
    await t.db.query(`INSERT INTO care_plan_goal (agency_id, care_plan_id, position, statement, domain, priority, status) VALUES ($1, $2, $3, 'A goal', $4, 'MEDIUM', $5)`, [
      agencyId,
      row.id,
      position,
      domain,
      status,
    ]);
  }
}

export async function reportWorld(t: TestApp): Promise<ReportWorld> {
  const agency = await newAgency(t);
  const admin = await signedIn(t, agency.admin);
  const [supervisor, auditor, caseManager, ana, ben] = [
    await worker(t, agency, 'SUPERVISOR'),
    await worker(t, agency, 'AUDITOR'),
    await worker(t, agency, 'CASE_MANAGER'),
    await worker(t, agency, 'CASE_MANAGER'),
    await worker(t, agency, 'CASE_MANAGER'),
  ];
  const [programOne, programTwo] = [await newProgram(t, admin.token), await newProgram(t, admin.token)];
  const client = (riskLevel: 'LOW' | 'MODERATE' | 'HIGH' = 'LOW') => newClient(t, admin.token, { status: 'ACTIVE', riskLevel });
  const [c1, c2, c3, c4, c5, c6, c7] = [await client(), await client(), await client('HIGH'), await client('LOW'), await client(), await client(), await client('MODERATE')];
  const a = agency.id;

  // Intakes: three in October (Ana), one in November (Ben); discharges: November one, December two.
  await enrollment(t, a, { clientId: c1, programId: programOne, workerId: ana.id, openedOn: '2025-10-05', status: 'CLOSED', closedOn: '2025-11-15', reason: 'Moved away' });
  await enrollment(t, a, { clientId: c2, programId: programOne, workerId: ana.id, openedOn: '2025-10-12', status: 'CLOSED', closedOn: '2025-12-01', reason: 'Goals met' });
  const anaCase = await enrollment(t, a, { clientId: c3, programId: programOne, workerId: ana.id, openedOn: '2025-10-20', status: 'ACTIVE' });
  await enrollment(t, a, { clientId: c3, programId: programTwo, workerId: ana.id, openedOn: '2025-09-15', status: 'PENDING' });
  const benCase = await enrollment(t, a, { clientId: c4, programId: programTwo, workerId: ben.id, openedOn: '2025-11-03', status: 'ON_HOLD' });
  await enrollment(t, a, { clientId: c5, programId: programOne, workerId: ana.id, openedOn: '2025-06-01', status: 'CLOSED', closedOn: '2025-12-10', reason: 'Goals met' });
  await enrollment(t, a, { clientId: c6, programId: programTwo, workerId: ben.id, openedOn: '2026-02-01', status: 'ACTIVE' });
  const closedSince = await enrollment(t, a, { clientId: c7, programId: programOne, workerId: ana.id, openedOn: '2025-09-01', status: 'CLOSED', closedOn: '2026-03-01', reason: 'Moved away' });

  // Deadlines: assessments met 1 missed 1, plans met 1, visits met 1 (Ben) missed 1; the rest left out.
  const anaTask = { enrollmentId: anaCase, clientId: c3, assigneeId: ana.id };
  await taskOf(t, a, { ...anaTask, kind: 'ASSESSMENT_DUE', dueOn: '2025-10-10', status: 'DONE', completedAt: '2025-10-09T15:00:00Z' });
  await taskOf(t, a, { ...anaTask, kind: 'ASSESSMENT_DUE', dueOn: '2025-10-20', status: 'DONE', completedAt: '2025-10-25T15:00:00Z' });
  await taskOf(t, a, { ...anaTask, kind: 'PLAN_DUE', dueOn: '2025-11-05', status: 'DONE', completedAt: '2025-11-05T23:00:00Z' });
  await taskOf(t, a, { ...anaTask, kind: 'VISIT', dueOn: '2025-11-30' });
  await taskOf(t, a, { ...anaTask, kind: 'VISIT', dueOn: '2025-12-15', status: 'CANCELLED' });
  await taskOf(t, a, { ...anaTask, kind: 'MANUAL', dueOn: '2025-10-15', generated: false });
  await taskOf(t, a, { ...anaTask, kind: 'FOLLOW_UP', dueOn: '2025-10-16' });
  await taskOf(t, a, { ...anaTask, kind: 'ASSESSMENT_DUE', dueOn: '2026-01-10' });
  await taskOf(t, a, { enrollmentId: benCase, clientId: c4, assigneeId: ben.id, kind: 'QUARTERLY_MONITORING', dueOn: '2025-12-20', status: 'DONE', completedAt: '2025-12-19T10:00:00Z' });

  // Referrals sent in Q4: housing 10 and 20 days to service, housing + food 4 days, food declined, no need still open, Ben's food expired.
  const anaReferral = { enrollmentId: anaCase, clientId: c3, sentBy: ana.id };
  await referralOf(t, a, { ...anaReferral, needs: ['HOUSING'], sentAt: '2025-10-01T10:00:00Z', status: 'COMPLETED', closedAt: '2025-10-11T10:00:00Z', outcome: 'NEED_MET' });
  await referralOf(t, a, { ...anaReferral, needs: ['HOUSING'], sentAt: '2025-10-02T10:00:00Z', status: 'COMPLETED', closedAt: '2025-10-22T10:00:00Z', outcome: 'PARTLY_MET' });
  await referralOf(t, a, { ...anaReferral, needs: ['HOUSING', 'FOOD'], sentAt: '2025-11-01T10:00:00Z', status: 'COMPLETED', closedAt: '2025-11-05T10:00:00Z', outcome: 'NOT_MET' });
  await referralOf(t, a, { ...anaReferral, needs: ['FOOD'], sentAt: '2025-11-03T10:00:00Z', status: 'DECLINED', closedAt: '2025-11-04T10:00:00Z' });
  await referralOf(t, a, { ...anaReferral, needs: [], sentAt: '2025-12-01T10:00:00Z', status: 'SENT' });
  await referralOf(t, a, { enrollmentId: benCase, clientId: c4, sentBy: ben.id, needs: ['FOOD'], sentAt: '2025-12-05T10:00:00Z', status: 'EXPIRED', closedAt: '2025-12-19T10:00:00Z' });
  await referralOf(t, a, { ...anaReferral, needs: ['HOUSING'], sentAt: null, status: 'DRAFT' });
  await referralOf(t, a, { ...anaReferral, needs: ['HOUSING'], sentAt: '2026-01-05T10:00:00Z', status: 'SENT' });

  // Goals: Ana's active plan 2 achieved of 3 (its superseded version and a draft left out), Ben's one discontinued, a plan closed before Q4 left out.
  const anaPlan = { enrollmentId: anaCase, clientId: c3 };
  await planOf(t, a, { ...anaPlan, status: 'SUPERSEDED', effectiveOn: '2025-10-21', goals: [['HOUSING', 'ACHIEVED'], ['HOUSING', 'ACHIEVED']] });
  await planOf(t, a, { ...anaPlan, status: 'ACTIVE', revision: 2, effectiveOn: '2025-11-01', goals: [['HOUSING', 'ACHIEVED'], ['HOUSING', 'IN_PROGRESS'], ['INCOME', 'ACHIEVED']] });
  await planOf(t, a, { ...anaPlan, status: 'DRAFT', revision: 3, effectiveOn: '2025-12-01', approved: false, goals: [['FOOD', 'IN_PROGRESS']] });
  await planOf(t, a, { enrollmentId: benCase, clientId: c4, status: 'ACTIVE', effectiveOn: '2025-11-10', goals: [['FOOD', 'DISCONTINUED']] });
  await planOf(t, a, { enrollmentId: closedSince, clientId: c7, status: 'CLOSED', effectiveOn: '2025-09-02', closedAt: '2025-09-20T10:00:00Z', goals: [['SAFETY', 'ACHIEVED']] });

  // Notes: October 2 signed (1 late), November 1 signed (a draft left out), December Ben's 1 late.
  const anaNote = { enrollmentId: anaCase, clientId: c3, authorId: ana.id };
  await noteOf(t, a, { ...anaNote, occurredAt: '2025-10-03T10:00:00Z', signedAt: '2025-10-04T10:00:00Z' });
  await noteOf(t, a, { ...anaNote, occurredAt: '2025-10-10T10:00:00Z', signedAt: '2025-10-20T10:00:00Z', late: true });
  await noteOf(t, a, { ...anaNote, occurredAt: '2025-11-02T10:00:00Z', signedAt: '2025-11-02T12:00:00Z' });
  await noteOf(t, a, { ...anaNote, occurredAt: '2025-11-05T10:00:00Z', signedAt: null });
  await noteOf(t, a, { enrollmentId: benCase, clientId: c4, authorId: ben.id, occurredAt: '2025-12-01T10:00:00Z', signedAt: '2025-12-09T10:00:00Z', late: true });

  // Another agency: one of everything in the same quarter.
  const otherAgency = await newAgency(t);
  const otherAdmin = await signedIn(t, otherAgency.admin);
  const otherWorker = await worker(t, otherAgency, 'CASE_MANAGER');
  const otherProgram = await newProgram(t, otherAdmin.token);
  const otherClient = await newClient(t, otherAdmin.token, { status: 'ACTIVE', riskLevel: 'HIGH' });
  const o = otherAgency.id;
  const otherCase = await enrollment(t, o, { clientId: otherClient, programId: otherProgram, workerId: otherWorker.id, openedOn: '2025-10-05', status: 'CLOSED', closedOn: '2025-11-20', reason: 'Goals met' });
  const theirs = { enrollmentId: otherCase, clientId: otherClient };
  await taskOf(t, o, { ...theirs, assigneeId: otherWorker.id, kind: 'ASSESSMENT_DUE', dueOn: '2025-10-10' });
  await referralOf(t, o, { ...theirs, sentBy: otherWorker.id, needs: ['HOUSING'], sentAt: '2025-10-03T10:00:00Z', status: 'COMPLETED', closedAt: '2025-10-04T10:00:00Z', outcome: 'NEED_MET' });
  await planOf(t, o, { ...theirs, status: 'CLOSED', effectiveOn: '2025-10-06', closedAt: '2025-11-20T10:00:00Z', goals: [['HOUSING', 'ACHIEVED']] });
  await noteOf(t, o, { ...theirs, authorId: otherWorker.id, occurredAt: '2025-10-07T10:00:00Z', signedAt: '2025-10-30T10:00:00Z', late: true });

  return {
    agency,
    admin,
    supervisor,
    auditor,
    caseManager,
    ana,
    ben,
    programOne,
    programTwo,
    anaCase,
    benCase,
    other: { agency: otherAgency, admin: otherAdmin, programId: otherProgram, worker: otherWorker },
  };
}

/**
 * A second agency whose rows sit on the edges of Q4 2025 (its first and last days, UTC
 * midnight either side) and on the cases the reports once got wrong: a plan revised after the
 * period, a deadline cancelled after its day, a case handed to another worker since, a client
 * two workers serve, discharge reasons spelled differently or given too rarely to name.
 */
export interface EdgeWorld {
  supervisor: Worker;
  xena: Worker;
  yuri: Worker;
}

export async function edgeWorld(t: TestApp): Promise<EdgeWorld> {
  const agency = await newAgency(t);
  const admin = await signedIn(t, agency.admin);
  const [supervisor, xena, yuri] = [await worker(t, agency, 'SUPERVISOR'), await worker(t, agency, 'CASE_MANAGER'), await worker(t, agency, 'CASE_MANAGER')];
  const [p1, p2] = [await newProgram(t, admin.token), await newProgram(t, admin.token)];
  const client = (riskLevel: 'LOW' | 'MODERATE' | 'HIGH' = 'LOW') => newClient(t, admin.token, { status: 'ACTIVE', riskLevel });
  const [k1, k2, k3, k4, k5, k6, k7, k8, k9] = [await client(), await client('HIGH'), await client('MODERATE'), await client(), await client(), await client(), await client(), await client(), await client()];
  const a = agency.id;
  const xenas = { programId: p1, workerId: xena.id };

  // Caseload on 12-31: k1 served by Xena in one program and Yuri in the other; k2 closed that very day;
  // k3 Xena's until the first UTC instant of 2026, Yuri's since.
  const k1One = await enrollment(t, a, { ...xenas, clientId: k1, openedOn: '2025-10-01', status: 'ACTIVE' });
  const k1Two = await enrollment(t, a, { clientId: k1, programId: p2, workerId: yuri.id, openedOn: '2025-10-01', status: 'ACTIVE' });
  await enrollment(t, a, { ...xenas, clientId: k2, openedOn: '2025-10-01', status: 'CLOSED', closedOn: '2025-12-31', reason: ' goals met ' });
  const k3Case = await enrollment(t, a, { clientId: k3, programId: p1, workerId: yuri.id, openedOn: '2025-09-01', status: 'ACTIVE' });
  await t.db.query(
    `INSERT INTO case_assignment (agency_id, enrollment_id, case_manager_id, started_at, ended_at)
     VALUES ($1, $2, $3, '2025-09-01T00:00:00Z', '2026-01-01T00:00:00Z'), ($1, $2, $4, '2026-01-01T00:00:00Z', NULL)`,
    [a, k3Case, xena.id, yuri.id],
  );

  // Discharges: 'goals met' three times however spelled (10-15, 10-31, 12-31), one without a reason and one 'Moved away' (too rare to name);
  // an intake on 2026-01-01 and a discharge on 2025-09-30 fall outside.
  const k4Case = await enrollment(t, a, { ...xenas, clientId: k4, openedOn: '2025-09-30', status: 'CLOSED', closedOn: '2025-10-31', reason: 'Goals met' });
  await enrollment(t, a, { ...xenas, clientId: k5, openedOn: '2026-01-01', status: 'ACTIVE' });
  const k6Case = await enrollment(t, a, { ...xenas, clientId: k6, openedOn: '2025-08-01', status: 'CLOSED', closedOn: '2025-10-15', reason: 'GOALS MET' });
  await enrollment(t, a, { ...xenas, clientId: k7, openedOn: '2025-08-01', status: 'CLOSED', closedOn: '2025-11-10' });
  await enrollment(t, a, { ...xenas, clientId: k8, openedOn: '2025-08-01', status: 'CLOSED', closedOn: '2025-11-11', reason: 'Moved away' });
  await enrollment(t, a, { ...xenas, clientId: k9, openedOn: '2025-08-01', status: 'CLOSED', closedOn: '2025-09-30', reason: 'Moved away' });

  // Deadlines on k3's case: met on the last day a minute before midnight and on the first day at midnight; missed by thirty
  // seconds past midnight; a visit cancelled two days late (missed) and one cancelled on its day (left out); two outside.
  const due = { enrollmentId: k3Case, clientId: k3, assigneeId: xena.id };
  await taskOf(t, a, { ...due, kind: 'ASSESSMENT_DUE', dueOn: '2025-12-31', status: 'DONE', completedAt: '2025-12-31T23:59:00Z' });
  await taskOf(t, a, { ...due, kind: 'ASSESSMENT_DUE', dueOn: '2025-10-31', status: 'DONE', completedAt: '2025-11-01T00:00:30Z' });
  await taskOf(t, a, { ...due, kind: 'PLAN_DUE', dueOn: '2025-10-01', status: 'DONE', completedAt: '2025-10-01T00:00:00Z' });
  await taskOf(t, a, { ...due, kind: 'VISIT', dueOn: '2025-11-10', status: 'CANCELLED', completedAt: '2025-11-12T09:00:00Z' });
  await taskOf(t, a, { ...due, kind: 'VISIT', dueOn: '2025-11-15', status: 'CANCELLED', completedAt: '2025-11-15T20:00:00Z' });
  await taskOf(t, a, { ...due, kind: 'PLAN_DUE', dueOn: '2025-09-30' });
  await taskOf(t, a, { ...due, kind: 'PLAN_DUE', dueOn: '2026-01-01', status: 'DONE', completedAt: '2026-01-01T10:00:00Z' });

  // Plans: k1's first version in force through Q4, revised in 2026; a plan taking effect on 12-31 and one on 2026-01-01;
  // one closed at the first instant of Q4 (counted) and one whose last version closed a second before it (not, nor its earlier version).
  await planOf(t, a, { enrollmentId: k1Two, clientId: k1, status: 'SUPERSEDED', effectiveOn: '2025-10-05', goals: [['FOOD', 'IN_PROGRESS']] });
  await planOf(t, a, { enrollmentId: k1Two, clientId: k1, status: 'ACTIVE', revision: 2, effectiveOn: '2026-01-10', goals: [['FOOD', 'ACHIEVED']] });
  await planOf(t, a, { enrollmentId: k1One, clientId: k1, status: 'ACTIVE', effectiveOn: '2025-12-31', goals: [['HOUSING', 'ACHIEVED']] });
  await planOf(t, a, { enrollmentId: k3Case, clientId: k3, status: 'ACTIVE', effectiveOn: '2026-01-01', goals: [['HOUSING', 'ACHIEVED']] });
  await planOf(t, a, { enrollmentId: k4Case, clientId: k4, status: 'CLOSED', effectiveOn: '2025-09-15', closedAt: '2025-10-01T00:00:00Z', goals: [['INCOME', 'ACHIEVED']] });
  await planOf(t, a, { enrollmentId: k6Case, clientId: k6, status: 'SUPERSEDED', effectiveOn: '2025-08-01', goals: [['SAFETY', 'IN_PROGRESS']] });
  await planOf(t, a, { enrollmentId: k6Case, clientId: k6, status: 'CLOSED', revision: 2, effectiveOn: '2025-09-01', closedAt: '2025-09-30T23:59:59Z', goals: [['SAFETY', 'ACHIEVED']] });

  // Referrals: sent at Q4's first instant and served at the appointment two days on (closed eight days after that);
  // sent a second before its end; two a second outside.
  const sent = { enrollmentId: k1One, clientId: k1, sentBy: xena.id };
  await referralOf(t, a, { ...sent, needs: ['HOUSING'], sentAt: '2025-10-01T00:00:00Z', status: 'COMPLETED', appointmentAt: '2025-10-03T00:00:00Z', closedAt: '2025-10-11T00:00:00Z', outcome: 'NEED_MET' });
  await referralOf(t, a, { ...sent, needs: ['FOOD'], sentAt: '2025-12-31T23:59:59Z', status: 'SENT' });
  await referralOf(t, a, { ...sent, needs: ['FOOD'], sentAt: '2026-01-01T00:00:00Z', status: 'SENT' });
  await referralOf(t, a, { ...sent, needs: ['FOOD'], sentAt: '2025-09-30T23:59:59Z', status: 'SENT' });

  // Notes: contacts at Q4's first instant (signed late) and a minute before its end; two a moment outside.
  const noted = { enrollmentId: k1One, clientId: k1, authorId: xena.id };
  await noteOf(t, a, { ...noted, occurredAt: '2025-10-01T00:00:00Z', signedAt: '2025-10-09T10:00:00Z', late: true });
  await noteOf(t, a, { ...noted, occurredAt: '2025-12-31T23:59:00Z', signedAt: '2026-01-01T09:00:00Z' });
  await noteOf(t, a, { ...noted, occurredAt: '2026-01-01T00:00:00Z', signedAt: '2026-01-01T09:00:00Z' });
  await noteOf(t, a, { ...noted, occurredAt: '2025-09-30T23:59:59Z', signedAt: '2025-10-01T09:00:00Z' });

  return { supervisor, xena, yuri };
}

/** The report reads the caller's trail holds, newest last: entity id (the report) and the filter. */
/** A report's answer to `filter` as `token`'s holder reads it; any error fails the test. */
export async function readReport(t: TestApp, query: string, filter: Record<string, unknown>, token: string) {
  const res = await t.gql(query, { filter }, { token });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data ?? {})[0];
}

export async function reportReads(t: TestApp, actorId: string) {
  return t.db.query(`SELECT entity_id AS report, changes, client_id FROM audit_event WHERE actor_id = $1 AND action = 'READ' AND entity_type = 'Report' ORDER BY occurred_at, id`, [actorId]);
}
