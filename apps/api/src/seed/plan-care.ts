import {
  addDays,
  addMonths,
  daysBetween,
  defaultReviewDueOn,
  findNeeds,
  type FoundNeed,
  INITIAL_PERIOD,
  type LifeDomain,
  type ProgramRules,
  renewalDueOn,
  scoreAnswers,
} from '@waymark/shared/types';
import { assessmentLine, carePlanLine, dischargeLine } from '@waymark/api/care-plan';
import type { CarePlanRow, CareRecords, SeedInstrument } from './care-seed-rows';
import { DEMO_GOALS, DEMO_PLAN_TEMPLATES, type GoalDomain } from './demo-plan-templates';
import type { ProgramCode } from './demo-programs';
import { type AnswerSubject, answersFor, CLIENT_VISIONS, drawNeeds, partialAnswers } from './plan-care-answers';
import { addPlanVersion, addProgress, type PlannedGoal } from './plan-care-plans';
import { addMetDeadline, addTask } from './plan-care-tasks';
import type { Random } from './random';
import { seedId } from './seed-ids';

const DAY_MS = 24 * 3600_000;

/** An enrollment as the care seed reads it back from the client records. */
export interface CareEnrollment {
  id: string;
  clientId: string;
  clientName: string;
  language: string;
  age: number;
  unhoused: boolean;
  program: ProgramCode;
  programId: string;
  programName: string;
  rules: ProgramRules;
  status: string;
  openedOn: string;
  closedOn: string | null;
  closeReason: string | null;
  primaryId: string;
  /** Whether services ran (notes were written), as opposed to an enrollment closed while pending. */
  served: boolean;
  /** The latest signed note of each type since the enrollment opened, by note type ('YYYY-MM-DD', UTC). */
  lastNoteOn: Map<string, string>;
}

export interface CareContext {
  r: Random;
  now: Date;
  today: string;
  supervisorId: string;
  /** The demo login's case manager: their clients get the approval queue and today's tasks. */
  demoCaseManagerId: string;
  instruments: Map<string, SeedInstrument>;
  templates: Map<ProgramCode, string[]>;
  records: CareRecords;
}

/** The instruments a client of the program is assessed with: the psychosocial and social needs for all, and the program's required ones. */
function instrumentsFor(rules: ProgramRules): string[] {
  return [...new Set(['PSYCHOSOCIAL', 'SOCIAL_NEEDS', ...rules.requiredInstruments.map((rule) => rule.instrumentCode)])];
}

/** A moment during office hours (California) on a calendar day, never after now. */
export function onDay(ctx: CareContext, day: string, hourShift = 0): Date {
  const at = new Date(`${day}T${String(16 + Math.min(7, hourShift + ctx.r.int(0, 4))).padStart(2, '0')}:${String(ctx.r.int(0, 59)).padStart(2, '0')}:00Z`);
  return at.getTime() > ctx.now.getTime() ? new Date(ctx.now.getTime() - ctx.r.int(5, 120) * 60_000) : at;
}

const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);

interface Completed {
  id: string;
  code: string;
  completedOn: string;
  needs: FoundNeed[];
}

/** One completed assessment, scored and with its needs as the API computes them, on the client's timeline. */
export function addAssessment(ctx: CareContext, e: CareEnrollment, code: string, subject: AnswerSubject, completedOn: string, nextDueOn: string | null): Completed {
  const instrument = ctx.instruments.get(code) as SeedInstrument;
  const answers = answersFor(ctx.r, code, instrument.definition, subject);
  const completedAt = onDay(ctx, completedOn);
  const id = seedId();
  const needs = findNeeds(instrument.definition, answers);
  ctx.records.assessments.push({
    id,
    client_id: e.clientId,
    enrollment_id: e.id,
    instrument_id: instrument.id,
    status: 'COMPLETED',
    answers,
    scores: scoreAnswers(instrument.definition, answers),
    needs,
    started_by: e.primaryId,
    completed_by: e.primaryId,
    completed_at: completedAt,
    completed_on: completedOn,
    next_due_on: nextDueOn,
    created_at: new Date(completedAt.getTime() - ctx.r.int(1, 3) * 3600_000),
    updated_at: completedAt,
    version: 3,
  });
  ctx.records.timeline.push({
    client_id: e.clientId,
    occurred_at: completedAt,
    kind: 'ASSESSMENT',
    source_type: 'Assessment',
    source_id: id,
    summary: assessmentLine.completed(instrument.name),
    actor_id: e.primaryId,
  });
  return { id, code, completedOn, needs };
}

/**
 * The assessments of an enrollment in service: each instrument first done within the program's
 * days, renewed when due (some lapsed, so their renewal is overdue), each deadline met done on
 * the worklist. Returns the first round, which the plan is built from.
 */
function planAssessments(ctx: CareContext, e: CareEnrollment, subject: AnswerSubject, firstOn: string): Completed[] {
  const { r, today } = ctx;
  const first: Completed[] = [];
  for (const code of instrumentsFor(e.rules)) {
    let on = minDay(addDays(firstOn, r.int(0, 2)), today);
    let dueAfter: string | null = null;
    for (;;) {
      const nextDueOn = renewalDueOn(e.rules, code, on);
      const done = addAssessment(ctx, e, code, subject, on, nextDueOn);
      if (!first.some((c) => c.code === code)) first.push(done);
      if (dueAfter) {
        // The renewal that was due, done by this assessment.
        addMetDeadline(ctx, e, {
          kind: 'ASSESSMENT_DUE',
          progress: { firstAssessmentOn: firstOn, renewals: [{ instrumentCode: code, instrumentName: (ctx.instruments.get(code) as SeedInstrument).name, nextDueOn: dueAfter }] },
          keyPart: `:${code}@`,
          plannedAt: onDay(ctx, addDays(dueAfter, -60)),
          done: { at: onDay(ctx, on), by: e.primaryId },
        });
      }
      if (!nextDueOn) break;
      const renewedOn = addDays(nextDueOn, -r.int(0, 14));
      // Renewed on time, unless it is coming up, or lapsed (now overdue) for some: the worklist then has it due.
      if (renewedOn >= today || (daysBetween(nextDueOn, today) < 60 && r.chance(0.35))) break;
      dueAfter = nextDueOn;
      on = maxDay(renewedOn, addDays(on, 1));
    }
  }
  addMetDeadline(ctx, e, { kind: 'ASSESSMENT_DUE', progress: {}, keyPart: `:${INITIAL_PERIOD}`, plannedAt: onDay(ctx, e.openedOn), done: { at: onDay(ctx, firstOn, 2), by: e.primaryId } });
  return first;
}

/** Goals from the needs the first assessments found (2–3), topped up from the program's template. */
function goalsFrom(ctx: CareContext, e: CareEnrollment, first: Completed[]): PlannedGoal[] {
  const { r } = ctx;
  const fromNeeds = new Map<LifeDomain, { assessmentId: string; source: string }>();
  for (const done of first) for (const need of done.needs) if (need.domain in DEMO_GOALS && !fromNeeds.has(need.domain)) fromNeeds.set(need.domain, { assessmentId: done.id, source: need.source });
  const chosen = [...fromNeeds.entries()]
    .sort(([a], [b]) => (DEMO_GOALS[a as GoalDomain].priority === 'HIGH' ? 0 : 1) - (DEMO_GOALS[b as GoalDomain].priority === 'HIGH' ? 0 : 1))
    .slice(0, r.int(2, 3));
  const goals: PlannedGoal[] = chosen.map(([domain, need]) => planned(r, DEMO_GOALS[domain as GoalDomain], need.assessmentId, need.source));
  const template = DEMO_PLAN_TEMPLATES.find((t) => t.program === e.program);
  for (const goal of template?.goals ?? []) {
    if (goals.length >= 2) break;
    if (!goals.some((g) => g.goal.domain === goal.domain)) goals.push(planned(r, goal, null, null));
  }
  return goals;
}

function planned(r: Random, goal: PlannedGoal['goal'], assessmentId: string | null, source: string | null): PlannedGoal {
  return {
    goal,
    goalKey: seedId(),
    objectiveKeys: goal.objectives.map(() => seedId()),
    sourceAssessmentId: assessmentId,
    sourceNeed: source,
    course: r.weighted({ improving: 55, steady: 25, stalled: 20 }),
    achieved: false,
  };
}

type PlanState = 'none' | 'draft' | 'pending' | 'active';

/**
 * Where the enrollment's first plan stands: recent enrollments may still have it in draft or
 * awaiting approval; older ones have one approved, except a few still without any (overdue).
 */
function planState(ctx: CareContext, sinceFirst: number): PlanState {
  if (sinceFirst < 4) return 'none';
  if (sinceFirst > 45) return ctx.r.chance(0.04) ? 'none' : 'active';
  return ctx.r.weighted({ none: 10, draft: 25, pending: 25, active: 40 });
}

/** The demo case manager's plans fill the supervisor's approval queue first, their first reviews fall due today, and they have drafts to resume. */
export interface DemoQuota {
  pending: number;
  reviewsToday: number;
  /** Assessments the demo case manager started and saved part way, to resume. */
  drafts: number;
}

interface PlanShell {
  e: CareEnrollment;
  goals: PlannedGoal[];
  sourceAssessmentId: string | null;
  strengths: string | null;
  vision: string;
  templateId: string | null;
}

/** The plan row common to every version of an enrollment's plan. */
function planRow(ctx: CareContext, shell: PlanShell, version: { revision: number; previousId: string | null; status: string; effectiveOn: string; reviewDueOn: string | null; createdAt: Date }): CarePlanRow {
  return {
    id: seedId(),
    client_id: shell.e.clientId,
    enrollment_id: shell.e.id,
    revision: version.revision,
    previous_id: version.previousId,
    status: version.status,
    effective_on: version.effectiveOn,
    review_due_on: version.reviewDueOn,
    client_vision: shell.vision,
    strengths: shell.strengths,
    source_assessment_id: shell.sourceAssessmentId,
    template_id: shell.templateId,
    author_id: shell.e.primaryId,
    submitted_at: null,
    submitted_by: null,
    approved_by: null,
    approved_at: null,
    acknowledged_on: null,
    acknowledgement_method: null,
    acknowledged_by: null,
    closed_at: null,
    close_reason: null,
    created_at: version.createdAt,
    updated_at: version.createdAt,
    version: 1,
  };
}

/** A step of a plan, or progress on it, on the client's timeline, worded as the API words it. */
function planLine(ctx: CareContext, row: CarePlanRow, at: Date, summary: string, actorId: string, kind: 'CARE_PLAN' | 'PROGRESS' = 'CARE_PLAN'): void {
  ctx.records.timeline.push({ client_id: row.client_id, occurred_at: at, kind, source_type: 'CarePlan', source_id: row.id, summary, actor_id: actorId });
}

/** A version started as a revision of the one in force, and put on the timeline. */
function revisionLine(ctx: CareContext, row: CarePlanRow): void {
  if (row.revision > 1) planLine(ctx, row, row.created_at, carePlanLine.revised(row.revision), row.author_id);
}

/** Approved on the day it took effect, acknowledged by most clients within the week. */
function approve(ctx: CareContext, row: CarePlanRow, clientName: string): Date {
  const approvedAt = onDay(ctx, row.effective_on, 2);
  const submittedAt = new Date(Math.min(approvedAt.getTime() - 3600_000, row.created_at.getTime() + ctx.r.int(1, 48) * 3600_000));
  row.submitted_at = new Date(Math.max(submittedAt.getTime(), row.created_at.getTime() + 60_000));
  row.submitted_by = row.author_id;
  row.approved_by = ctx.supervisorId;
  row.approved_at = approvedAt;
  row.updated_at = approvedAt;
  row.version = 3;
  revisionLine(ctx, row);
  planLine(ctx, row, row.submitted_at, carePlanLine.submitted(row.revision), row.author_id);
  planLine(ctx, row, approvedAt, carePlanLine.approved(row.revision), ctx.supervisorId);
  if (ctx.r.chance(0.85)) {
    row.acknowledged_on = minDay(addDays(row.effective_on, ctx.r.int(0, 7)), ctx.today);
    row.acknowledgement_method = ctx.r.chance(0.7) ? 'SIGNATURE' : 'VERBAL';
    row.acknowledged_by = clientName;
    row.version = 4;
    planLine(ctx, row, new Date(`${row.acknowledged_on}T12:00:00Z`), carePlanLine.acknowledged(row.revision, row.acknowledgement_method), row.author_id);
  }
  return approvedAt;
}

/** A plan waiting for a supervisor (the worklist puts it in the supervisors' queue). */
function submit(ctx: CareContext, row: CarePlanRow): void {
  const submittedAt = new Date(ctx.now.getTime() - ctx.r.int(2, 96) * 3600_000);
  row.created_at = new Date(Math.min(row.created_at.getTime(), submittedAt.getTime() - 3600_000));
  row.submitted_at = submittedAt;
  row.submitted_by = row.author_id;
  row.updated_at = submittedAt;
  row.version = 2;
  revisionLine(ctx, row);
  planLine(ctx, row, submittedAt, carePlanLine.submitted(row.revision), row.author_id);
}

/**
 * The enrollment's care plan: nothing yet, a draft, one awaiting approval, or an approved plan
 * with earlier versions superseded at its reviews, monthly progress, and the review coming up
 * (or overdue). The deadlines already met are on the worklist as done.
 */
function planCarePlan(ctx: CareContext, e: CareEnrollment, first: Completed[], strengths: string | null, quota: DemoQuota): void {
  const { r, today, records } = ctx;
  const firstOn = first.map((c) => c.completedOn).sort()[0];
  const state = planState(ctx, daysBetween(firstOn, today));
  const templates = ctx.templates.get(e.program) ?? [];
  const shell: PlanShell = {
    e,
    goals: goalsFrom(ctx, e, first),
    sourceAssessmentId: first.find((c) => c.code === 'SOCIAL_NEEDS')?.id ?? first[0]?.id ?? null,
    strengths,
    vision: r.pick(CLIENT_VISIONS),
    templateId: templates.length && r.chance(0.5) ? r.pick(templates) : null,
  };
  if (state === 'none') return;
  const reviewMonths = e.rules.deadlines.reviewMonths;
  if (state === 'draft' || state === 'pending') {
    const effectiveOn = minDay(addDays(firstOn, r.int(3, 10)), today);
    const row = planRow(ctx, shell, { revision: 1, previousId: null, status: state === 'draft' ? 'DRAFT' : 'PENDING_APPROVAL', effectiveOn, reviewDueOn: null, createdAt: onDay(ctx, effectiveOn) });
    if (state === 'pending') submit(ctx, row);
    addPlanVersion(records, row, shell.goals, e.language);
    return;
  }

  // Approved: the first version within the program's days, later ones at reviews.
  const lastStart = addDays(today, -1);
  const firstEffective = minDay(addDays(firstOn, r.int(2, Math.max(2, e.rules.deadlines.planDays ?? 10))), lastStart);
  const spanDays = reviewMonths ? reviewMonths * 30 : 180;
  const mine = e.primaryId === ctx.demoCaseManagerId;
  // The current version's review: mostly ahead; some overdue; the demo case manager has some due this week.
  const dueToday = mine && quota.reviewsToday > 0 && reviewMonths !== null;
  if (dueToday) quota.reviewsToday--;
  const reviewOn = dueToday
    ? today
    : r.chance(0.12)
      ? addDays(today, -r.int(1, 20))
      : mine && r.chance(0.35)
        ? addDays(today, r.int(1, 6))
        : addDays(today, r.int(1, spanDays - 1));
  const currentEffective = reviewMonths ? addMonths(reviewOn, -reviewMonths) : addDays(today, -r.int(1, spanDays));
  const starts = [firstEffective];
  if (currentEffective > addDays(firstEffective, 20)) {
    if (daysBetween(firstEffective, currentEffective) > 150 && r.chance(0.4)) starts.push(addDays(firstEffective, Math.floor(daysBetween(firstEffective, currentEffective) / 2)));
    starts.push(currentEffective);
  }
  let previous: CarePlanRow | null = null;
  let approvedFirstAt: Date | null = null;
  const versions: CarePlanRow[] = [];
  const progressFrom = records.progress.length;
  const latestRatings = addProgress(r, records, { clientId: e.clientId, enrollmentId: e.id, workerId: e.primaryId, from: firstEffective, today }, shell.goals);
  for (const [i, effectiveOn] of starts.entries()) {
    const last = i === starts.length - 1;
    // The current version's review falls when drawn above, unless that is too soon after it took effect.
    const reviewDueOn = reviewMonths && last && reviewOn >= addDays(effectiveOn, 28) ? reviewOn : defaultReviewDueOn(effectiveOn, e.rules.deadlines);
    // A goal met by now shows as achieved in the versions written after the first.
    if (i > 0) for (const goal of shell.goals) goal.achieved = latestRatings.get(goal.goalKey) === 5;
    const row = planRow(ctx, shell, { revision: i + 1, previousId: previous?.id ?? null, status: last ? 'ACTIVE' : 'SUPERSEDED', effectiveOn, reviewDueOn, createdAt: onDay(ctx, addDays(effectiveOn, -r.int(1, 5)), 0) });
    const approvedAt = approve(ctx, row, e.clientName);
    approvedFirstAt ??= approvedAt;
    if (previous?.review_due_on) {
      addMetDeadline(ctx, e, {
        kind: 'PLAN_REVIEW',
        progress: { firstAssessmentOn: firstOn, activePlan: { id: previous.id, reviewDueOn: previous.review_due_on } },
        plannedAt: previous.approved_at as Date,
        done: { at: approvedAt, by: ctx.supervisorId },
      });
    }
    addPlanVersion(records, row, shell.goals, e.language);
    versions.push(row);
    previous = row;
  }
  // Each progress entry on the timeline, with the version in force that day.
  for (const entry of records.progress.slice(progressFrom)) {
    const plan = versions.filter((version) => version.effective_on <= entry.recorded_on).pop() ?? versions[0];
    planLine(ctx, plan, entry.recorded_on === today ? entry.created_at : new Date(`${entry.recorded_on}T12:00:00Z`), carePlanLine.progress(entry.rating), entry.recorded_by, 'PROGRESS');
  }
  const active = previous;
  if (approvedFirstAt) addMetDeadline(ctx, e, { kind: 'PLAN_DUE', progress: { firstAssessmentOn: firstOn }, plannedAt: onDay(ctx, firstOn), done: { at: approvedFirstAt, by: ctx.supervisorId } });
  // Some active plans are being revised already: a draft, or a revision awaiting approval.
  const minePending = mine && quota.pending > 0;
  if (active && (minePending || r.chance(0.1))) {
    const pending = minePending || r.chance(0.5);
    if (minePending) quota.pending--;
    const row = planRow(ctx, shell, { revision: active.revision + 1, previousId: active.id, status: pending ? 'PENDING_APPROVAL' : 'DRAFT', effectiveOn: today, reviewDueOn: null, createdAt: new Date(ctx.now.getTime() - r.int(3, 72) * 3600_000) });
    if (pending) submit(ctx, row);
    else revisionLine(ctx, row);
    addPlanVersion(records, row, shell.goals, e.language);
  }
}

/**
 * Supported home living: the person-directed plan received, which the implementation plan is
 * due after; a plan approved since it arrived was its implementation plan, done.
 */
function planPersonDirected(ctx: CareContext, e: CareEnrollment, plansFrom: number): void {
  const { records } = ctx;
  if (e.rules.deadlines.implementationPlanDays === null) return;
  const receivedOn = minDay(addDays(e.openedOn, ctx.r.int(0, 10)), ctx.today);
  const createdAt = onDay(ctx, receivedOn);
  records.personDirectedPlans.push({
    id: seedId(),
    client_id: e.clientId,
    enrollment_id: e.id,
    received_on: receivedOn,
    note: 'Person-directed plan received from the regional center planning team.',
    recorded_by: e.primaryId,
    created_at: createdAt,
  });
  const approvedSince = records.plans
    .slice(plansFrom)
    .filter((plan) => plan.enrollment_id === e.id && plan.approved_at && plan.approved_at.toISOString().slice(0, 10) >= receivedOn)
    .map((plan) => plan.approved_at as Date)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (!approvedSince) return;
  addMetDeadline(ctx, e, { kind: 'IMPLEMENTATION_PLAN_DUE', progress: { personDirectedPlansReceivedOn: [receivedOn] }, plannedAt: createdAt, done: { at: approvedSince, by: ctx.supervisorId } });
}

/** An enrollment in service: its assessments (or a first one started), its plan and its person-directed plan. */
export function planEnrollmentCare(ctx: CareContext, e: CareEnrollment, quota: DemoQuota): void {
  const { r, today } = ctx;
  // The plans planned from here on are this enrollment's: its implementation plan is looked for among them.
  const plansFrom = ctx.records.plans.length;
  const subject: AnswerSubject = { program: e.program, age: e.age, unhoused: e.unhoused, needs: drawNeeds(r, e.program, e.unhoused) };
  const age = daysBetween(e.openedOn, today);
  const assessDays = e.rules.deadlines.assessmentDays ?? 30;
  let drafted = false;
  const notYet = age < 3 || (age < assessDays * 0.7 && r.chance(0.7)) || r.chance(0.05);
  if (notYet) {
    // Some were started and saved part way: the runner resumes them.
    if (r.chance(0.4)) {
      addDraftAssessment(ctx, e, subject);
      drafted = true;
    }
    planPersonDirected(ctx, e, plansFrom);
  } else {
    const firstOn = minDay(addDays(e.openedOn, r.int(2, Math.max(2, Math.min(assessDays - 1, age - 1)))), addDays(today, -1));
    const assessedFrom = ctx.records.assessments.length;
    const first = planAssessments(ctx, e, subject, firstOn);
    // Among this enrollment's assessments only: a search of all of them would grow with the agency.
    const psychosocial = ctx.records.assessments.slice(assessedFrom).find((a) => first.some((c) => c.id === a.id) && a.instrument_id === ctx.instruments.get('PSYCHOSOCIAL')?.id);
    const strengths = (psychosocial?.answers as Record<string, unknown> | undefined)?.['strengths'];
    planCarePlan(ctx, e, first, typeof strengths === 'string' ? strengths : null, quota);
    planPersonDirected(ctx, e, plansFrom);
  }
  if (!drafted && e.primaryId === ctx.demoCaseManagerId && quota.drafts > 0) {
    quota.drafts--;
    addDraftAssessment(ctx, e, subject);
  }
}

function addDraftAssessment(ctx: CareContext, e: CareEnrollment, subject: AnswerSubject): void {
  const instrument = ctx.instruments.get('SOCIAL_NEEDS') as SeedInstrument;
  const answers = partialAnswers(answersFor(ctx.r, instrument.code, instrument.definition, subject), ctx.r.int(2, 6));
  const startedAt = new Date(ctx.now.getTime() - ctx.r.int(1, 72) * 3600_000);
  ctx.records.assessments.push({
    id: seedId(),
    client_id: e.clientId,
    enrollment_id: e.id,
    instrument_id: instrument.id,
    status: 'IN_PROGRESS',
    answers,
    scores: null,
    needs: null,
    started_by: e.primaryId,
    completed_by: null,
    completed_at: null,
    completed_on: null,
    next_due_on: null,
    created_at: startedAt,
    updated_at: new Date(startedAt.getTime() + 20 * 60_000),
    version: 2,
  });
}

const AFTERCARE = [
  'Continue outpatient counseling at the county clinic; crisis line number given.',
  'Client will keep primary care visits; family will help with transportation.',
  'Monthly check-ins with the housing program; budget reviewed at the last visit.',
  'Resource family continues with the school counselor; court review in three months.',
];

/** A closed enrollment that was served in the last two years: its discharge plan. */
export function planDischarge(ctx: CareContext, e: CareEnrollment): void {
  const { r, today, records } = ctx;
  const closedOn = e.closedOn as string;
  if (!e.served || daysBetween(closedOn, today) > 730) return;
  const plannedOn = maxDay(addDays(closedOn, -r.int(0, 21)), e.openedOn);
  const dischargePlanId = seedId();
  const createdAt = new Date(Math.min(onDay(ctx, addDays(plannedOn, -r.int(7, 21))).getTime(), onDay(ctx, closedOn).getTime()));
  records.dischargePlans.push({
    id: dischargePlanId,
    client_id: e.clientId,
    enrollment_id: e.id,
    planned_on: plannedOn,
    reason: e.closeReason ?? 'Services ended',
    aftercare: r.pick(AFTERCARE),
    continuing_services: r.chance(0.6) ? r.pick(['Outpatient counseling', 'Food pantry (weekly)', 'In-home supportive services', 'Housing case management']) : null,
    created_by: e.primaryId,
    created_at: createdAt,
  });
  records.timeline.push({
    client_id: e.clientId,
    occurred_at: createdAt,
    kind: 'DISCHARGE',
    source_type: 'DischargePlan',
    source_id: dischargePlanId,
    summary: dischargeLine.planned(e.programName, plannedOn),
    actor_id: e.primaryId,
  });
}

/** A few tasks a case manager wrote for themselves: overdue, due today, and later this week. */
export function planManualTasks(ctx: CareContext, workerId: string, mine: CareEnrollment[]): void {
  const tasks: [number, string][] = [
    [-3, 'Send the signed release to the county clinic'],
    [-1, 'Call the landlord about the repair request'],
    [0, 'Drop off the CalFresh renewal forms'],
    [0, 'Confirm Thursday’s ride to the specialist'],
    [0, 'Return the voicemail from the client’s sister'],
    [2, 'Pick up the bus pass from the front desk'],
    [4, 'Bring the budget worksheet to the home visit'],
  ];
  tasks.forEach(([days, title], i) => {
    const e = mine[i % Math.max(1, mine.length)];
    if (!e) return;
    addTask(ctx, {
      kind: 'MANUAL',
      clientId: e.clientId,
      enrollmentId: e.id,
      assigneeId: workerId,
      subject: { type: 'CLIENT', id: e.clientId },
      dedupeKey: null,
      dueOn: addDays(ctx.today, days),
      title,
      priority: days < 0 ? 'HIGH' : 'NORMAL',
      createdAt: new Date(ctx.now.getTime() - (8 - days) * DAY_MS),
      createdBy: workerId,
    });
  });
}
