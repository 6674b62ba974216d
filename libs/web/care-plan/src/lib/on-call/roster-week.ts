/** The roster's week: seven local days from a Monday, as the page pages through them. */

/** The Monday (local midnight) of the week holding `at`. */
export function weekStart(at: Date): Date {
  const day = new Date(at.getFullYear(), at.getMonth(), at.getDate());
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day;
}

/** The local midnight `days` after `from` (daylight saving changes keep midnight). */
export function addLocalDays(from: Date, days: number): Date {
  return new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
}

/** The week's seven days, each with the shifts that touch it. */
export function daysOfWeek<S extends { startsAt: string; endsAt: string }>(monday: Date, shifts: readonly S[]): { start: Date; shifts: S[] }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const start = addLocalDays(monday, i);
    const end = addLocalDays(monday, i + 1);
    return { start, shifts: shifts.filter((shift) => new Date(shift.startsAt) < end && new Date(shift.endsAt) > start) };
  });
}

/** The week as the address keeps it (`?week=YYYY-MM-DD`, its Monday); today's week when absent or malformed. */
export function weekFromParam(value: string | null): Date {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const parsed = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
  return weekStart(parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date());
}

export function weekParam(monday: Date): string {
  return `${monday.getFullYear()}-${String(monday.getMonth() + 1).padStart(2, '0')}-${String(monday.getDate()).padStart(2, '0')}`;
}
