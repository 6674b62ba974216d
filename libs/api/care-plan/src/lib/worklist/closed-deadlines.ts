import { addDays, CarePlanStatus, dedupePeriod, INITIAL_PERIOD, parseRenewalPeriod, TaskKind, TaskStatus } from '@waymark/shared/types';
import type { PlanningInput } from './planned-deadlines';
import { referralFollowUpClosing } from './referral-follow-ups';

/** An open generated task the rules no longer want. */
export interface UnwantedTask {
  kind: TaskKind;
  dedupeKey: string;
  dueOn: string;
  subjectId: string | null;
}

/** How such a task closes: DONE only when its work was done, otherwise CANCELLED with why. */
export interface TaskClosing {
  status: TaskStatus;
  note: string;
}

const DONE: TaskClosing = { status: TaskStatus.DONE, note: 'The work it asked for is done.' };
const RULE_CHANGED: TaskClosing = { status: TaskStatus.CANCELLED, note: 'The program’s rules no longer ask for it.' };
const PLAN_GONE: TaskClosing = { status: TaskStatus.CANCELLED, note: 'The care plan it concerned was closed or withdrawn.' };

/**
 * Why a generated task the rules stopped wanting goes away: its work was done (an assessment
 * completed, a plan approved or returned, a visit documented, a referral answered or its
 * appointment's outcome recorded), or its subject went away or
 * the program's rules changed — which cancels it instead, so nobody reads it as done.
 */
export function closingOf(task: UnwantedTask, { rules, progress, lastVisitOn, referrals = [] }: PlanningInput, planStatuses: ReadonlyMap<string, CarePlanStatus>): TaskClosing {
  const planStatus = task.subjectId ? planStatuses.get(task.subjectId) : undefined;
  const period = dedupePeriod(task.dedupeKey);
  switch (task.kind) {
    case TaskKind.ASSESSMENT_DUE: {
      if (period === INITIAL_PERIOD) return progress.firstAssessmentOn ? DONE : RULE_CHANGED;
      // A renewal `<code>@<date>` is done once a later assessment of that code moved the date on.
      const renewal = parseRenewalPeriod(period);
      return renewal && progress.renewals.some((done) => done.instrumentCode === renewal.instrumentCode && done.nextDueOn > renewal.dueOn) ? DONE : RULE_CHANGED;
    }
    case TaskKind.PLAN_DUE:
      return progress.lastApprovedOn ? DONE : RULE_CHANGED;
    case TaskKind.IMPLEMENTATION_PLAN_DUE:
      return progress.lastApprovedOn && progress.lastApprovedOn >= period ? DONE : RULE_CHANGED;
    case TaskKind.PLAN_REVIEW:
      // Reviewed: a revision was approved in its place.
      if (planStatus === CarePlanStatus.SUPERSEDED) return DONE;
      return planStatus === CarePlanStatus.ACTIVE ? RULE_CHANGED : PLAN_GONE;
    case TaskKind.PLAN_APPROVAL:
      // Decided: approved (active, or since superseded) or returned to a draft (and maybe submitted again).
      return planStatus && planStatus !== CarePlanStatus.CLOSED ? DONE : PLAN_GONE;
    case TaskKind.VISIT:
      // A visit documented since covers the one that was due.
      return rules.visitSchedule && lastVisitOn && addDays(lastVisitOn, rules.visitSchedule.everyDays) > task.dueOn ? DONE : RULE_CHANGED;
    case TaskKind.REFERRAL_NO_ANSWER:
    case TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP:
      return referralFollowUpClosing(task.kind, referrals.find((referral) => referral.id === task.subjectId));
    default:
      return RULE_CHANGED;
  }
}

