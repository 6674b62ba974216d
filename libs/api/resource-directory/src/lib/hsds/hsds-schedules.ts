import { WEEKDAYS } from '@waymark/shared/types';
import { derivedId } from './derived-id';

/**
 * An HSDS schedule names several weekdays ("MO,WE"); Waymark keeps one row per weekday. The
 * first day's row keeps the schedule's id, each other day's row gets an id derived from it and
 * the day: so a re-import finds the same rows, and the export joins them back into the schedule.
 */
export function weekdayRowIds(id: string, days: readonly string[]): string[] {
  return days.map((day, i) => (i === 0 ? id : derivedId(id, day)));
}

/** The rows of days a schedule may once have named and no longer does. */
export function formerWeekdayRowIds(id: string, days: readonly string[]): string[] {
  return WEEKDAYS.filter((day) => !days.slice(1).includes(day)).map((day) => derivedId(id, day));
}

type ScheduleRow = Record<string, unknown> & { id: string; byday: string };

const sameButDay = (a: ScheduleRow, b: ScheduleRow) => Object.keys(a).every((key) => key === 'id' || key === 'byday' || a[key] === b[key]);

/** Exported schedule rows with each weekday row joined back into the schedule it came from ("MO,WE"), the first day first. */
export function joinWeekdays(rows: ScheduleRow[]): ScheduleRow[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const days = new Map<string, string[]>();
  const joined = new Set<string>();
  for (const row of rows) {
    const siblings = WEEKDAYS.map((day) => byId.get(derivedId(row.id, day))).filter(
      (sibling): sibling is ScheduleRow => sibling !== undefined && sibling.byday !== row.byday && derivedId(row.id, sibling.byday) === sibling.id && sameButDay(sibling, row),
    );
    days.set(row.id, [row.byday, ...siblings.map((sibling) => sibling.byday)]);
    for (const sibling of siblings) joined.add(sibling.id);
  }
  return rows.filter((row) => !joined.has(row.id)).map((row) => ({ ...row, byday: (days.get(row.id) ?? [row.byday]).join(',') }));
}
