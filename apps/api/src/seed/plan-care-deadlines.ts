import { type EnrollmentProgress, plannedDeadlines } from '@waymark/api/care-plan';
import { addDays, daysBetween, visitNoteTypes } from '@waymark/shared/types';
import type { AssessmentRow, CarePlanRow } from './care-seed-rows';
import { addAssessment, type CareContext, type CareEnrollment, onDay } from './plan-care';
import { addPlannedTask, enrollmentFact } from './plan-care-tasks';

/** Follow-ups more than this many days past are done by now; more recent ones some still open. */
const FOLLOW_UPS_SETTLED_DAYS = 30;

const FOLLOW_UP_NOTES = ['Reached the client; doing well.', 'Left a message; client called back and is stable.', 'Client asked for a food pantry list; sent.'];

function grouped<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}

/**
 * The open worklist of every enrollment, planned with the worklist's own rules
 * (`plannedDeadlines`) from the seeded records, so the sweep finds each task already there
 * under its key and adds none. Follow-ups already past are mostly done, the first of them often
 * with a satisfaction survey. Run after every enrollment's records are planned: renewals count a
 * client's assessments across enrollments.
 */
export function planOpenDeadlines(ctx: CareContext, enrollments: CareEnrollment[]): void {
  const { records, today, r } = ctx;
  const codeOf = new Map([...ctx.instruments.values()].map((instrument) => [instrument.id, instrument.code]));
  const nameOf = new Map([...ctx.instruments.values()].map((instrument) => [instrument.id, instrument.name]));
  const completed = records.assessments.filter((a) => a.status === 'COMPLETED' || a.status === 'SUPERSEDED');
  const byEnrollment = grouped(completed, (a) => a.enrollment_id);
  const byClient = grouped(
    records.assessments.filter((a) => a.status === 'COMPLETED'),
    (a) => a.client_id,
  );
  const plans = grouped(records.plans, (p) => p.enrollment_id);
  const received = grouped(records.personDirectedPlans, (p) => p.enrollment_id);
  const keys = new Set(records.tasks.map((task) => task.dedupe_key));

  for (const e of enrollments) {
    const progress = progressOf(byEnrollment.get(e.id) ?? [], byClient.get(e.clientId) ?? [], codeOf, nameOf, plans.get(e.id) ?? [], (received.get(e.id) ?? []).map((p) => p.received_on));
    const schedule = e.rules.visitSchedule;
    const types = schedule ? visitNoteTypes(schedule) : null;
    const seen = types ? types.map((type) => e.lastNoteOn.get(type)) : [...e.lastNoteOn.values()];
    const lastVisitOn = seen.filter((day): day is string => Boolean(day)).sort().pop() ?? null;
    let followUps = 0;
    // A closed enrollment's follow-ups as planned the day it closed: the sweep plans the same while their window runs, and none after.
    const plannedOn = e.closedOn ?? today;
    for (const task of plannedDeadlines({ enrollment: enrollmentFact(e), rules: e.rules, progress, lastVisitOn, today: plannedOn })) {
      if (keys.has(task.dedupeKey)) continue;
      keys.add(task.dedupeKey);
      const followUpDone = task.kind === 'FOLLOW_UP' && task.dueOn <= today && (daysBetween(task.dueOn, today) > FOLLOW_UPS_SETTLED_DAYS || r.chance(0.8));
      const doneOn = followUpDone ? [addDays(task.dueOn, r.int(-3, 2)), today].sort()[0] : null;
      if (doneOn && followUps++ === 0 && e.served && r.chance(0.6)) {
        addAssessment(ctx, e, 'DISCHARGE_SURVEY', { program: e.program, age: e.age, unhoused: e.unhoused, needs: new Set() }, doneOn, null);
      }
      addPlannedTask(ctx, e, task, createdAtOf(ctx, e, task.dueOn), doneOn ? { at: onDay(ctx, doneOn), by: e.primaryId, note: r.pick(FOLLOW_UP_NOTES) } : null);
    }
  }
}

/** When the sweep would have made the task: once the enrollment was in service, a month or so ahead of the due day. */
function createdAtOf(ctx: CareContext, e: CareEnrollment, dueOn: string): Date {
  const from = [addDays(dueOn, -30), e.closedOn ?? e.openedOn].sort().pop() as string;
  return onDay(ctx, from < ctx.today ? from : ctx.today);
}

/** What the worklist's DeadlineFacts would read of the enrollment from these records. */
function progressOf(
  enrollmentAssessments: AssessmentRow[],
  clientAssessments: AssessmentRow[],
  codeOf: Map<string, string>,
  nameOf: Map<string, string>,
  plans: CarePlanRow[], receivedOn: string[]): EnrollmentProgress {
  const latest = new Map<string, AssessmentRow>();
  const newestFirst = [...clientAssessments].sort((a, b) => (b.completed_on as string).localeCompare(a.completed_on as string) || (b.completed_at as Date).getTime() - (a.completed_at as Date).getTime());
  for (const assessment of newestFirst) {
    const code = codeOf.get(assessment.instrument_id) as string;
    if (!latest.has(code)) latest.set(code, assessment);
  }
  const approvedOn = plans.filter((p) => p.approved_at).map((p) => (p.approved_at as Date).toISOString().slice(0, 10));
  const active = plans.find((p) => p.status === 'ACTIVE');
  return {
    firstAssessmentOn: enrollmentAssessments.map((a) => a.completed_on as string).sort()[0] ?? null,
    renewals: [...latest.entries()].filter(([, a]) => a.next_due_on).map(([instrumentCode, a]) => ({ instrumentCode, instrumentName: nameOf.get(a.instrument_id) as string, nextDueOn: a.next_due_on as string })),
    lastApprovedOn: approvedOn.sort().pop() ?? null,
    activePlan: active ? { id: active.id, reviewDueOn: active.review_due_on } : null,
    pendingPlans: plans.filter((p) => p.status === 'PENDING_APPROVAL' && p.submitted_at).map((p) => ({ id: p.id, submittedAt: (p.submitted_at as Date).toISOString() })),
    personDirectedPlansReceivedOn: [...new Set(receivedOn)],
  };
}
