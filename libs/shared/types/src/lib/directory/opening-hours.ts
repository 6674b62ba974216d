import { OPENING_TIME_PATTERN } from './directory-fields';
import { WEEKDAYS, type Weekday } from './directory-status';

/** One opening of a service or location on a weekday, in its local time ("09:00" to "17:00"). */
export interface WeeklyOpening {
  weekday: Weekday;
  opensAt: string;
  closesAt: string;
}

/** The week as services post their hours and forms list them: Monday first, Sunday last. */
export const WEEK_FROM_MONDAY: readonly Weekday[] = [...WEEKDAYS.slice(1), WEEKDAYS[0]];

/** A weekday's name in a language ("Monday", "lunes"): 2026-11-22 was a Sunday, so WEEKDAYS[i] falls on the 22nd + i. */
export function weekdayName(weekday: Weekday, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + WEEKDAYS.indexOf(weekday)));
}

/** The weekday and the "HH:MM" time of a moment in a time zone: what "open now" is judged by. */
export function localWeekdayAndTime(at: Date, timeZone: string): { weekday: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = WEEKDAYS[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'))];
  return { weekday, time: `${part('hour')}:${part('minute')}` };
}

/** Whether any opening covers the weekday and time. Closing time is exclusive. */
export function isOpenAt(openings: readonly WeeklyOpening[], weekday: Weekday, time: string): boolean {
  return openings.some((opening) => opening.weekday === weekday && opening.opensAt <= time && time < opening.closesAt);
}

export type OpeningProblem = 'incomplete' | 'closesBeforeOpens' | 'overlaps';

/**
 * What is wrong with one opening's own times, whatever else the week holds: both are needed as
 * "HH:MM", and it closes after it opens (the schedule table requires it). Null when they are fine.
 */
export function openingTimesProblem(opening: Pick<WeeklyOpening, 'opensAt' | 'closesAt'>): Exclude<OpeningProblem, 'overlaps'> | null {
  if (!OPENING_TIME_PATTERN.test(opening.opensAt) || !OPENING_TIME_PATTERN.test(opening.closesAt)) return 'incomplete';
  return opening.opensAt >= opening.closesAt ? 'closesBeforeOpens' : null;
}

/**
 * What is wrong with one opening among a week's: its own times (openingTimesProblem), or it
 * overlaps another opening of the same weekday. Null when it is fine.
 */
export function openingProblem(openings: readonly WeeklyOpening[], index: number): OpeningProblem | null {
  const opening = openings[index];
  const timesProblem = openingTimesProblem(opening);
  if (timesProblem) return timesProblem;
  const overlaps = openings.some(
    (other, at) => at !== index && other.weekday === opening.weekday && other.opensAt < opening.closesAt && opening.opensAt < other.closesAt,
  );
  return overlaps ? 'overlaps' : null;
}
