/**
 * Instants edited in the device's local time through native date-time fields (a picker on
 * tablets). Shown dates come from `./format`.
 */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An instant as the value of an `<input type="datetime-local">`: 'YYYY-MM-DDTHH:mm' in local time. */
export function toLocalDateTime(at: string | Date | null | undefined): string {
  if (!at) return '';
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` as an ISO instant; null when empty or malformed. */
export function fromLocalDateTime(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The first instant of a local calendar day 'YYYY-MM-DD' (a "from" filter). */
export function startOfDay(date: string): string | null {
  return date ? fromLocalDateTime(`${date}T00:00`) : null;
}

/** The last instant of a local calendar day 'YYYY-MM-DD' (a "to" filter includes its day). */
export function endOfDay(date: string): string | null {
  const start = date ? new Date(`${date}T00:00`) : null;
  if (!start || Number.isNaN(start.getTime())) return null;
  start.setDate(start.getDate() + 1);
  return new Date(start.getTime() - 1).toISOString();
}
