import { Role } from '../role';
import { addDays } from './care-calendar';
import { TaskPriority } from './task';

/** Which line of the roster a shift is on: the first called, and who is called when they cannot be reached. */
export const OnCallTier = {
  PRIMARY: 'PRIMARY',
  BACKUP: 'BACKUP',
} as const;
export type OnCallTier = (typeof OnCallTier)[keyof typeof OnCallTier];
export const ON_CALL_TIERS = Object.values(OnCallTier);

/** How serious an after-hours call was, in rising order. Never rename a value: calls keep theirs. */
export const CallSeverity = {
  LOW: 'LOW',
  MODERATE: 'MODERATE',
  HIGH: 'HIGH',
} as const;
export type CallSeverity = (typeof CallSeverity)[keyof typeof CallSeverity];
export const CALL_SEVERITIES = Object.values(CallSeverity);

/** Who called the on-call line, as the client's network names them. */
export const CallerRelation = {
  CLIENT: 'CLIENT',
  FAMILY: 'FAMILY',
  GUARDIAN: 'GUARDIAN',
  CAREGIVER: 'CAREGIVER',
  RESIDENTIAL_STAFF: 'RESIDENTIAL_STAFF',
  PROVIDER: 'PROVIDER',
  HOSPITAL: 'HOSPITAL',
  LAW_ENFORCEMENT: 'LAW_ENFORCEMENT',
  NEIGHBOR: 'NEIGHBOR',
  OTHER: 'OTHER',
} as const;
export type CallerRelation = (typeof CallerRelation)[keyof typeof CallerRelation];
export const CALLER_RELATIONS = Object.values(CallerRelation);

/** Who keeps the roster. Everyone signed in sees it and who is on call now. */
export const ON_CALL_MANAGER_ROLES: readonly Role[] = [Role.ADMIN, Role.SUPERVISOR];

/** Who takes calls and logs them: those who carry tasks (an auditor only reads the log). */
export const ON_CALL_WORKER_ROLES: readonly Role[] = [Role.ADMIN, Role.SUPERVISOR, Role.CASE_MANAGER, Role.INTAKE];

/** The longest shift: two weeks covers a long holiday; anything longer is a typing mistake. */
export const ON_CALL_SHIFT_MAX_DAYS = 14;

/** The widest roster one request reads (a month and a bit, for a calendar page). */
export const ON_CALL_ROSTER_MAX_DAYS = 42;

/**
 * A call taken before this hour belongs to the night that began the evening before: its
 * "next morning" is the same calendar day (a call at 2 a.m. Tuesday is followed up Tuesday).
 */
export const ON_CALL_NIGHT_ENDS_HOUR = 6;

/** The follow-up's priority: a serious call is the first thing the worker does in the morning. */
export const CALL_FOLLOW_UP_PRIORITY: Readonly<Record<CallSeverity, TaskPriority>> = {
  LOW: TaskPriority.NORMAL,
  MODERATE: TaskPriority.HIGH,
  HIGH: TaskPriority.URGENT,
};

/** What is wrong with a shift's times, or null: it must end after it starts, within ON_CALL_SHIFT_MAX_DAYS. */
export function shiftTimesProblem(startsAt: Date, endsAt: Date): 'endsBeforeStart' | 'tooLong' | null {
  if (endsAt.getTime() <= startsAt.getTime()) return 'endsBeforeStart';
  return endsAt.getTime() - startsAt.getTime() > ON_CALL_SHIFT_MAX_DAYS * 86_400_000 ? 'tooLong' : null;
}

/** The calendar date, the hour and the weekday (0 Sunday … 6 Saturday) of an instant in a time zone. */
export function localDayAndHour(at: Date, timeZone: string): { date: string; hour: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23', weekday: 'short' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    hour: Number(part('hour')),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday')),
  };
}

/**
 * When the client's worker follows an after-hours call up: the next morning in the agency's
 * time zone — the next calendar day, or the same one for a call in the small hours (see
 * ON_CALL_NIGHT_ENDS_HOUR) — and Monday when that morning falls on a weekend (a call on
 * Friday evening or over the weekend).
 */
export function callFollowUpDueOn(receivedAt: Date, timeZone: string): string {
  const { date, hour, weekday } = localDayAndHour(receivedAt, timeZone);
  const ahead = hour < ON_CALL_NIGHT_ENDS_HOUR ? 0 : 1;
  const dueWeekday = (weekday + ahead) % 7;
  const weekend = dueWeekday === 6 ? 2 : dueWeekday === 0 ? 1 : 0;
  return addDays(date, ahead + weekend);
}
