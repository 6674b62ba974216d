import { WEEK_FROM_MONDAY, type WeeklyOpening } from '@waymark/shared/types';

/** The openings sorted by weekday (Monday first) and time, as they are shown and sent. */
export function sortedOpenings<O extends WeeklyOpening>(openings: readonly O[]): O[] {
  return [...openings].sort((a, b) => WEEK_FROM_MONDAY.indexOf(a.weekday) - WEEK_FROM_MONDAY.indexOf(b.weekday) || a.opensAt.localeCompare(b.opensAt));
}
