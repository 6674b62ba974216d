import { OPENING_TIME_PATTERN, WEEK_FROM_MONDAY, type WeeklyOpening } from '@waymark/shared/types';

export type OpeningProblem = 'incomplete' | 'closesBeforeOpens' | 'overlaps';

/**
 * What is wrong with one opening among the day's: both times are needed, it must close after it
 * opens (the API and the import keep opens_at < closes_at), and it must not overlap another.
 */
export function openingProblem(openings: readonly WeeklyOpening[], index: number): OpeningProblem | null {
  const opening = openings[index];
  if (!OPENING_TIME_PATTERN.test(opening.opensAt) || !OPENING_TIME_PATTERN.test(opening.closesAt)) return 'incomplete';
  if (opening.opensAt >= opening.closesAt) return 'closesBeforeOpens';
  const overlaps = openings.some(
    (other, at) => at !== index && other.weekday === opening.weekday && other.opensAt && other.closesAt && other.opensAt < opening.closesAt && opening.opensAt < other.closesAt,
  );
  return overlaps ? 'overlaps' : null;
}

/** The openings sorted by weekday (Monday first) and time, as they are shown and sent. */
export function sortedOpenings<O extends WeeklyOpening>(openings: readonly O[]): O[] {
  return [...openings].sort((a, b) => WEEK_FROM_MONDAY.indexOf(a.weekday) - WEEK_FROM_MONDAY.indexOf(b.weekday) || a.opensAt.localeCompare(b.opensAt));
}
