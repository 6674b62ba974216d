import { WEEKDAYS, type WeeklyOpening } from '@waymark/shared/types';
import type { DirectoryPhoneInput } from './dto/phone.input';

/** A phone as a directory record holds it. */
export interface PhoneValue {
  number: string;
  extension: string | null;
  type: string | null;
  description: string | null;
}

/** An opening as a record holds it: the shared WeeklyOpening, with what it says of itself ("Seniors first hour"). */
export interface OpeningValue extends WeeklyOpening {
  description: string | null;
}

export interface LanguageValue {
  code: string;
  name: string | null;
}

export interface CostValue {
  option: string | null;
  amount: number | null;
  currency: string | null;
  amountDescription: string | null;
}

/** The lists of a service that an edit replaces as a whole, each in one canonical order so a list sent again unchanged is no change. */
export interface ServiceLists {
  categories: string[];
  languages: LanguageValue[];
  openingHours: OpeningValue[];
  requiredDocuments: string[];
  costOptions: CostValue[];
  serviceAreas: string[];
  phones: PhoneValue[];
  locationIds: string[];
}

/** A new service's lists before the input fills them. */
export const noServiceLists = (): ServiceLists => ({
  categories: [],
  languages: [],
  openingHours: [],
  requiredDocuments: [],
  costOptions: [],
  serviceAreas: [],
  phones: [],
  locationIds: [],
});

export const SERVICE_LISTS = ['categories', 'languages', 'openingHours', 'requiredDocuments', 'costOptions', 'serviceAreas', 'phones', 'locationIds'] as const satisfies readonly (keyof ServiceLists)[];

const byText = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** `items` without repeats, in the canonical order. */
export function canonical<T>(items: readonly T[]): T[] {
  const seen = new Map(items.map((item) => [JSON.stringify(item), item]));
  return [...seen.values()].sort(byText((item) => (typeof item === 'string' ? item : JSON.stringify(item))));
}

/** Openings Sunday first, each day by opening time. */
export function canonicalOpenings(openings: readonly OpeningValue[]): OpeningValue[] {
  return canonical(openings).sort(byText((opening) => `${WEEKDAYS.indexOf(opening.weekday)} ${opening.opensAt}`));
}

/** The fields an edit sends (left-out ones are undefined), to lay over what is stored. */
export const definedOnly = <T extends object>(values: T): Partial<T> => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;

/** Plain values of an optional input field: absent and null are both "none". */
export const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** Phones as sent, in canonical form; undefined (left out) stays undefined. */
export const phoneValues = (phones: readonly DirectoryPhoneInput[] | undefined): PhoneValue[] | undefined =>
  phones && canonical(phones.map((phone) => ({ number: phone.number, extension: orNull(phone.extension), type: orNull(phone.type), description: orNull(phone.description) })));
