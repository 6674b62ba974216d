/**
 * The deadlines a program's rules set, as pure rules the API's planner, the seed and the SPA
 * share.
 *
 * Dedupe key of a generated task: `<KIND>:<subjectId>:<period>` — the kind, the record the
 * deadline hangs from, and which occurrence it is:
 *   ASSESSMENT_DUE:<enrollmentId>:initial                 the first assessment after enrollment
 *   ASSESSMENT_DUE:<enrollmentId>:<instrumentCode>@<dueOn> a required instrument's renewal
 *   PLAN_DUE:<enrollmentId>:initial                       a plan after the first assessment
 *   IMPLEMENTATION_PLAN_DUE:<enrollmentId>:<receivedOn>   per person-directed plan received
 *   PLAN_REVIEW:<enrollmentId>:<reviewDueOn>              the active plan's review
 *   PLAN_APPROVAL:<carePlanId>:<submittedAt ISO instant>  each submission of a plan
 *   VISIT:<enrollmentId>:<dueOn>                          the next visit of the schedule
 *   QUARTERLY_MONITORING:<enrollmentId>:<dueOn>           the monitoring period's review
 *   FOLLOW_UP:<enrollmentId>:<dueOn>                      each follow-up after discharge
 * Inserting a key twice (two sweeps, two API instances) leaves one row: task's unique
 * (agency_id, dedupe_key).
 */
import type { NoteType } from '../client/case-note';
import { type ProgramDeadlines, type VisitSchedule, VisitKind } from '../client/program-rules';
import { addDays, addMonths, daysBetween } from './care-calendar';
import { TaskKind } from './task';

/** The period of a deadline that happens once per enrollment. */
export const INITIAL_PERIOD = 'initial';

/** Days a supervisor has to approve (or return) a submitted plan. */
export const PLAN_APPROVAL_DAYS = 3;

export function taskDedupeKey(kind: TaskKind, subjectId: string, period: string): string {
  return `${kind}:${subjectId}:${period}`;
}

/** The period of a required instrument's renewal. */
export function renewalPeriod(instrumentCode: string, dueOn: string): string {
  return `${instrumentCode}@${dueOn}`;
}

/** The period part of a dedupe key `<KIND>:<subjectId>:<period>` (see `taskDedupeKey`). */
export function dedupePeriod(dedupeKey: string): string {
  return dedupeKey.split(':').slice(2).join(':');
}

/** A renewal's period `<CODE>@<date>` (see `renewalPeriod`) read back; null for any other period (`initial`, say). */
export function parseRenewalPeriod(period: string): { instrumentCode: string; dueOn: string } | null {
  const renewal = /^(.+)@(\d{4}-\d{2}-\d{2})$/.exec(period);
  return renewal ? { instrumentCode: renewal[1], dueOn: renewal[2] } : null;
}

/** The instrument a generated task renews, from its dedupe key; null for any other task (a first assessment, another kind, one written by hand). */
export function renewedInstrumentCode(dedupeKey: string | null): string | null {
  if (!dedupeKey?.startsWith(`${TaskKind.ASSESSMENT_DUE}:`)) return null;
  return parseRenewalPeriod(dedupePeriod(dedupeKey))?.instrumentCode ?? null;
}

/** The first assessment, the program's assessmentDays after the enrollment opened. */
export function assessmentDueOn(openedOn: string, deadlines: ProgramDeadlines): string | null {
  return deadlines.assessmentDays === null ? null : addDays(openedOn, deadlines.assessmentDays);
}

/** A plan in place, the program's planDays after the first completed assessment. */
export function planDueOn(firstAssessmentOn: string, deadlines: ProgramDeadlines): string | null {
  return deadlines.planDays === null ? null : addDays(firstAssessmentOn, deadlines.planDays);
}

/** The implementation plan, the program's implementationPlanDays after the person-directed plan arrived. */
export function implementationPlanDueOn(receivedOn: string, deadlines: ProgramDeadlines): string | null {
  return deadlines.implementationPlanDays === null ? null : addDays(receivedOn, deadlines.implementationPlanDays);
}

/** The next visit: everyDays after the last one, or after the enrollment opened when none yet. */
export function nextVisitOn(schedule: VisitSchedule, openedOn: string, lastVisitOn: string | null): string {
  const from = lastVisitOn && daysBetween(openedOn, lastVisitOn) > 0 ? lastVisitOn : openedOn;
  return addDays(from, schedule.everyDays);
}

/** The note types that count as a visit of the schedule; null means any documented contact. */
export function visitNoteTypes(schedule: VisitSchedule): NoteType[] | null {
  return schedule.kind === VisitKind.ANY_CONTACT ? null : [schedule.kind];
}

/**
 * The monitoring review of the current period: the first of openedOn + n × everyMonths
 * (n ≥ 1) that falls on or after `today`. Earlier periods stay as they were left.
 */
export function monitoringDueOn(openedOn: string, everyMonths: number, today: string): string {
  let period = 1;
  while (daysBetween(today, addMonths(openedOn, period * everyMonths)) < 0) period++;
  return addMonths(openedOn, period * everyMonths);
}

/** Follow-ups after discharge: closedOn + each of the program's followUpDays. */
export function followUpDates(closedOn: string, followUpDays: readonly number[]): string[] {
  return [...new Set(followUpDays)].sort((a, b) => a - b).map((days) => addDays(closedOn, days));
}

/** How long after closure an enrollment still has follow-ups to plan: its last follow-up. */
export function followUpWindowDays(followUpDays: readonly number[]): number {
  return Math.max(0, ...followUpDays);
}
