/** A calendar date as 'YYYY-MM-DD' for today, in UTC so the API and tests agree on it. */
export function todayIsoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole years from a 'YYYY-MM-DD' birth date to the 'YYYY-MM-DD' date `on` (a birthday counts on its day). */
export function ageOn(dateOfBirth: string, on: string = todayIsoDate()): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
