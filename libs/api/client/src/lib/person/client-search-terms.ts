import { CALENDAR_DATE_PATTERN } from '@waymark/shared/types';
import { formatClientNumber } from './client-number.service';

/** What a search box's text means: a date of birth, a client number, a phone number, or else a name. */
export interface SearchTerms {
  /** Lower-cased, for trigram matching against both orders of the name. */
  name?: string;
  clientNumber?: string;
  dateOfBirth?: string;
  /** The last (up to) ten digits, so a number typed with or without a country code matches. */
  phoneDigits?: string;
}

/** A phone number has at least this many digits; fewer digits are read as a client number. */
const PHONE_MIN_DIGITS = 7;

export function parseSearch(text: string): SearchTerms {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (us || CALENDAR_DATE_PATTERN.test(text)) {
    const date = us ? `${fullYear(us[3])}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}` : text;
    return isCalendarDate(date) ? { dateOfBirth: date } : {};
  }
  const number = /^c-?\s*(\d{1,9})$/i.exec(text);
  if (number) return { clientNumber: formatClientNumber(Number(number[1])) };
  const digits = text.replace(/[\s().+-]/g, '');
  if (/^\d+$/.test(digits)) {
    return digits.length >= PHONE_MIN_DIGITS ? { phoneDigits: digits.slice(-10) } : { clientNumber: formatClientNumber(Number(digits)) };
  }
  return /\p{L}/u.test(text) ? { name: text.toLowerCase() } : {};
}

/** A birth year written with two digits is the latest such year not in the future: '88' is 1988, '09' 2009. */
function fullYear(year: string): string {
  if (year.length === 4) return year;
  const now = new Date().getUTCFullYear();
  const candidate = now - (now % 100) + Number(year);
  return String(candidate > now ? candidate - 100 : candidate);
}

/** Whether a 'YYYY-MM-DD' text names a day that exists (no 29 February 1983). */
function isCalendarDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}
