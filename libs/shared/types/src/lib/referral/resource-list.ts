import { PHONE_MAX_LENGTH, PHONE_PATTERN } from '../client/client-limits';
import { type Weekday } from '../directory/directory-status';
import { weekdayName } from '../directory/opening-hours';
import { EMAIL_MAX_LENGTH } from '../limits';

/** The languages a resource list is written in: those the product speaks. */
export const ResourceListLanguage = {
  EN: 'EN',
  ES: 'ES',
} as const;
export type ResourceListLanguage = (typeof ResourceListLanguage)[keyof typeof ResourceListLanguage];
export const RESOURCE_LIST_LANGUAGES = Object.values(ResourceListLanguage);

/** The locale each language is rendered in (i18n, weekday names). */
export const RESOURCE_LIST_LOCALE: Record<ResourceListLanguage, 'en' | 'es'> = { EN: 'en', ES: 'es' };

/** How a list reached the client: printed and handed over, or sent to their e-mail or phone. */
export const ResourceListChannel = {
  PRINTED: 'PRINTED',
  EMAIL: 'EMAIL',
  TEXT_MESSAGE: 'TEXT_MESSAGE',
} as const;
export type ResourceListChannel = (typeof ResourceListChannel)[keyof typeof ResourceListChannel];
export const RESOURCE_LIST_CHANNELS = Object.values(ResourceListChannel);

/** What became of one delivery attempt. */
export const ResourceListDeliveryStatus = {
  SENT: 'SENT',
  FAILED: 'FAILED',
} as const;
export type ResourceListDeliveryStatus = (typeof ResourceListDeliveryStatus)[keyof typeof ResourceListDeliveryStatus];
export const RESOURCE_LIST_DELIVERY_STATUSES = Object.values(ResourceListDeliveryStatus);

/** A list long enough for any visit, short enough for one printed page or message. */
export const RESOURCE_LIST_SERVICES_MAX = 20;
/** The personal note a case manager adds for the client. */
export const RESOURCE_LIST_NOTE_MAX_LENGTH = 1000;

/** Names by which a client's primary language (free text on the record) is Spanish. */
const SPANISH = /^(es|spa|spanish|español|espanol|castellano)([\s(_-].*)?$/i;

/**
 * The language a list is written in by default: the client's primary language when the product
 * speaks it, else English. The record holds free text ("Spanish", "es", "Español").
 */
export function resourceListLanguageFor(primaryLanguage: string | null | undefined): ResourceListLanguage {
  return primaryLanguage && SPANISH.test(primaryLanguage.trim()) ? ResourceListLanguage.ES : ResourceListLanguage.EN;
}

/** Whether `address` is one a message can go to on `channel` (an e-mail address, or a phone number). */
export function isDeliveryAddress(channel: Exclude<ResourceListChannel, 'PRINTED'>, address: string): boolean {
  if (channel === ResourceListChannel.EMAIL) return address.length <= EMAIL_MAX_LENGTH && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address);
  return address.length <= PHONE_MAX_LENGTH && PHONE_PATTERN.test(address);
}

/**
 * An address as the audit trail keeps it: enough to tell addresses apart, not enough to
 * reach the client ("m•••@example.org", "•••-4567").
 */
export function maskDeliveryAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at > 0) return `${address[0]}•••${address.slice(at)}`;
  const digits = address.replace(/\D/g, '');
  return `•••${digits.slice(-4)}`;
}

/** One weekly opening as a resource list keeps it ("09:00" to "17:00", local time). */
export interface ResourceListOpening {
  weekday: Weekday;
  opensAt: string;
  closesAt: string;
  description?: string | null;
}

/**
 * A week's openings on one line in the list's language, each weekday named once, as the
 * message and the printed sheet both write it ("lunes 09:00–12:00, 13:00–17:00; martes …").
 */
export function resourceListHoursLine(hours: readonly ResourceListOpening[], language: ResourceListLanguage): string {
  const days = new Map<string, string[]>();
  for (const opening of hours) {
    const day = weekdayName(opening.weekday, RESOURCE_LIST_LOCALE[language]);
    days.set(day, [...(days.get(day) ?? []), `${opening.opensAt}–${opening.closesAt}${opening.description ? ` (${opening.description})` : ''}`]);
  }
  return [...days].map(([day, times]) => `${day} ${times.join(', ')}`).join('; ');
}
