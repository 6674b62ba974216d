const KM_PER_MILE = 1.609344;

/** "2.4 km (1.5 mi)": the API measures in kilometres; people in the US think in miles. */
export function formatDistance(km: number, language: string): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: km < 10 ? 1 : 0 });
  return `${number.format(km)} km (${number.format(km / KM_PER_MILE)} mi)`;
}
