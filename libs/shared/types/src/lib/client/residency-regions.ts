/** US states (and DC and the territories) by name, so "California", "calif." and "CA" name one region. */
const STATE_CODES: Readonly<Record<string, string>> = {
  alabama: 'al', alaska: 'ak', arizona: 'az', arkansas: 'ar', california: 'ca', calif: 'ca', colorado: 'co', connecticut: 'ct',
  delaware: 'de', 'district of columbia': 'dc', 'washington dc': 'dc', florida: 'fl', georgia: 'ga', hawaii: 'hi', idaho: 'id',
  illinois: 'il', indiana: 'in', iowa: 'ia', kansas: 'ks', kentucky: 'ky', louisiana: 'la', maine: 'me', maryland: 'md',
  massachusetts: 'ma', michigan: 'mi', minnesota: 'mn', mississippi: 'ms', missouri: 'mo', montana: 'mt', nebraska: 'ne',
  nevada: 'nv', 'new hampshire': 'nh', 'new jersey': 'nj', 'new mexico': 'nm', 'new york': 'ny', 'north carolina': 'nc',
  'north dakota': 'nd', ohio: 'oh', oklahoma: 'ok', oregon: 'or', pennsylvania: 'pa', 'rhode island': 'ri',
  'south carolina': 'sc', 'south dakota': 'sd', tennessee: 'tn', texas: 'tx', utah: 'ut', vermont: 'vt', virginia: 'va',
  washington: 'wa', 'west virginia': 'wv', wisconsin: 'wi', wyoming: 'wy', 'puerto rico': 'pr', guam: 'gu',
  'us virgin islands': 'vi', 'american samoa': 'as', 'northern mariana islands': 'mp',
};

/**
 * One way of writing a region: lower case, without accents, dots and extra spaces, a state
 * by its code, a county without the word "county" ("Los Angeles County" → "los angeles").
 */
function regionKey(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const county = plain.replace(/ (county|co)$/, '');
  // "Washington County" is a county, not the state.
  return county !== plain ? county : (STATE_CODES[plain] ?? plain);
}

/**
 * Whether a client's region lies in one of a program's residency regions, however either is
 * written: a state by code or name, a county with or without "County", in any case. A client
 * region with parts ("Los Angeles County, CA") is in a rule's region when any part is.
 */
export function inResidencyRegions(allowed: readonly string[], region: string): boolean {
  const rules = new Set(allowed.map(regionKey));
  return region.split(',').some((part) => part.trim() !== '' && rules.has(regionKey(part)));
}
