import { parseTypedDate } from '../shared/format';

/**
 * What the API's client search is given for what a worker typed: a date as they write it
 * (3/12/1985 in English, 12/3/1985 in Spanish) becomes 'YYYY-MM-DD'; anything else — a name,
 * a client number, a phone — goes as typed.
 */
export function toSearchTerm(typed: string, language: string): string {
  const text = typed.trim();
  return parseTypedDate(text, language) ?? text;
}
