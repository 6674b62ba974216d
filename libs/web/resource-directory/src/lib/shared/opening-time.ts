/** "09:00" as the reader's language writes a time of day ("9:00 AM" in English, "9:00" in Spanish). */
function formatTimeOfDay(time: string, language: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  if (Number.isNaN(hours) || Number.isNaN(minutes)) return time;
  return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 1, hours, minutes));
}

/** An opening's span, "9:00 AM – 5:00 PM": the public page and the admin's cards write hours alike. */
export function formatOpeningSpan(opening: { opensAt: string; closesAt: string }, language: string): string {
  return `${formatTimeOfDay(opening.opensAt, language)} – ${formatTimeOfDay(opening.closesAt, language)}`;
}
