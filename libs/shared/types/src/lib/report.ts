import { addDays, addMonths, daysBetween } from './care-plan/care-calendar';
import { TaskKind } from './care-plan/task';
import { Role } from './role';

/** Who reads the statistical reports: they show no client, only counts. */
export const REPORT_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR];

/** The longest period one report covers: two years (a leap day included). */
export const REPORT_PERIOD_MAX_DAYS = 731;

/** Discharge reasons are free text: the report names this many of the commonest and counts the rest together. */
export const REPORT_REASONS_MAX = 12;

/**
 * A discharge reason is named only when this many discharges in the report gave it (spelled
 * alike, case and edge spaces aside); rarer ones count with the rest, since free text narrowed
 * to one worker and month can point at a person.
 */
export const REPORT_REASON_MIN_DISCHARGES = 3;

/** What every report is filtered by: a period of calendar dates ('YYYY-MM-DD', both days included), and optionally one program and one worker. */
export interface ReportFilter {
  from: string;
  to: string;
  programId?: string | null;
  workerId?: string | null;
}

/** What is wrong with a period, if anything: the API refuses it and the filter bar says so. */
export function reportPeriodProblem(from: string, to: string): 'FROM_AFTER_TO' | 'TOO_LONG' | null {
  if (from > to) return 'FROM_AFTER_TO';
  return daysBetween(from, to) + 1 > REPORT_PERIOD_MAX_DAYS ? 'TOO_LONG' : null;
}

/** The periods the filter bar offers in one click. */
export const ReportPeriodPick = {
  THIS_QUARTER: 'THIS_QUARTER',
  LAST_QUARTER: 'LAST_QUARTER',
  LAST_12_MONTHS: 'LAST_12_MONTHS',
} as const;
export type ReportPeriodPick = (typeof ReportPeriodPick)[keyof typeof ReportPeriodPick];
export const REPORT_PERIOD_PICKS = Object.values(ReportPeriodPick);

function quarterStart(date: string): string {
  const [year, month] = date.split('-').map(Number);
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/** A quick pick's period as of `today`: a quarter runs to its last day; the last 12 months end today. */
export function reportPeriod(pick: ReportPeriodPick, today: string): { from: string; to: string } {
  const thisQuarter = quarterStart(today);
  switch (pick) {
    case ReportPeriodPick.THIS_QUARTER:
      return { from: thisQuarter, to: addDays(addMonths(thisQuarter, 3), -1) };
    case ReportPeriodPick.LAST_QUARTER:
      return { from: addMonths(thisQuarter, -3), to: addDays(thisQuarter, -1) };
    case ReportPeriodPick.LAST_12_MONTHS:
      return { from: addDays(addMonths(today, -12), 1), to: today };
  }
}

/** The deadlines the deadline report groups, each with the generated task kinds that carry them. */
export const DeadlineGroup = {
  ASSESSMENT: 'ASSESSMENT',
  PLAN: 'PLAN',
  VISIT: 'VISIT',
} as const;
export type DeadlineGroup = (typeof DeadlineGroup)[keyof typeof DeadlineGroup];
export const DEADLINE_GROUPS = Object.values(DeadlineGroup);

export const DEADLINE_GROUP_KINDS: Record<DeadlineGroup, readonly TaskKind[]> = {
  ASSESSMENT: [TaskKind.ASSESSMENT_DUE],
  PLAN: [TaskKind.PLAN_DUE, TaskKind.IMPLEMENTATION_PLAN_DUE, TaskKind.PLAN_REVIEW],
  VISIT: [TaskKind.VISIT, TaskKind.QUARTERLY_MONITORING],
};

/** Every month ('YYYY-MM') the period touches, in order: a report's rows, empty months included. */
export function reportMonths(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = `${from.slice(0, 7)}-01`; month <= to; month = addMonths(month, 1)) months.push(month.slice(0, 7));
  return months;
}
