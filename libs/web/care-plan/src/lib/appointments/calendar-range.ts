/** A calendar view: a day or the Monday-to-Sunday week of `anchor`, in the device's local time. */
export type CalendarView = 'day' | 'week';

function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function atMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function today(): string {
  return localDay(new Date());
}

export function shiftDays(day: string, days: number): string {
  const date = atMidnight(day);
  date.setDate(date.getDate() + days);
  return localDay(date);
}

/** The local days the view shows, first to last. */
export function daysOf(view: CalendarView, anchor: string): string[] {
  if (view === 'day') return [anchor];
  const monday = shiftDays(anchor, -((atMidnight(anchor).getDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => shiftDays(monday, i));
}

/** The instants the API is asked for: from the first day's midnight to the midnight after the last. */
export function rangeOf(days: readonly string[]): { from: string; to: string } {
  return { from: atMidnight(days[0]).toISOString(), to: atMidnight(shiftDays(days[days.length - 1], 1)).toISOString() };
}

/** The local day an instant falls on. */
export function dayOfInstant(iso: string): string {
  return localDay(new Date(iso));
}

/** Whether `value` is a 'YYYY-MM-DD' day (from the address). */
export function isDay(value: string | null): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(atMidnight(value).getTime());
}
