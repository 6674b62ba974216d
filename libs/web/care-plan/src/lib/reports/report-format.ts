/** A report month ('YYYY-MM') as its reader says it: "Oct 2025", "oct 2025". */
export function monthLabel(month: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
