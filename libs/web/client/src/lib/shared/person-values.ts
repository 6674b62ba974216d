import type { TFunction } from 'i18next';
import {
  BIRTH_YEAR_MIN,
  CALENDAR_DATE_PATTERN,
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  PHONE_PATTERN,
  SHORT_TEXT_MAX_LENGTH,
  todayIsoDate,
} from '@waymark/shared/types';
import { EMAIL_PATTERN, optionalText } from './validators';

/** Who the client is and how to reach them: the intake's person step and the overview's edit form. */
// A type, not an interface, so a form's values (Record<string, unknown>) can be one.
export type PersonValues = {
  legalFirstName: string;
  legalLastName: string;
  preferredName: string;
  dateOfBirth: string;
  pronouns: string;
  gender: string;
  primaryLanguage: string;
  interpreterNeeded: boolean;
  phone: string;
  email: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  region: string;
  postalCode: string;
};

export type PersonField = keyof PersonValues;

export const EMPTY_PERSON: PersonValues = {
  legalFirstName: '',
  legalLastName: '',
  preferredName: '',
  dateOfBirth: '',
  pronouns: '',
  gender: '',
  primaryLanguage: '',
  interpreterNeeded: false,
  phone: '',
  email: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  region: '',
  postalCode: '',
};

export const PERSON_FIELDS = Object.keys(EMPTY_PERSON) as PersonField[];

const SHORT_FIELDS: PersonField[] = ['pronouns', 'gender', 'primaryLanguage', 'addressLine1', 'addressLine2', 'city', 'region', 'postalCode'];

/** The same rules the API applies, said per field before anything is sent. */
export function validatePerson(values: PersonValues, t: TFunction): Partial<Record<PersonField, string>> {
  const errors: Partial<Record<PersonField, string>> = {};
  const tooLong = (value: string, max: number) => value.trim().length > max;
  for (const field of ['legalFirstName', 'legalLastName'] as const) {
    if (!values[field].trim()) errors[field] = t('client:person.required');
    else if (tooLong(values[field], NAME_MAX_LENGTH)) errors[field] = t('client:person.tooLong', { count: NAME_MAX_LENGTH });
  }
  if (tooLong(values.preferredName, NAME_MAX_LENGTH)) errors.preferredName = t('client:person.tooLong', { count: NAME_MAX_LENGTH });
  const dob = values.dateOfBirth.trim();
  if (dob) {
    if (!CALENDAR_DATE_PATTERN.test(dob) || Number.isNaN(Date.parse(dob))) errors.dateOfBirth = t('client:person.dateInvalid');
    else if (dob > todayIsoDate()) errors.dateOfBirth = t('client:person.dateInFuture');
    else if (Number(dob.slice(0, 4)) < BIRTH_YEAR_MIN) errors.dateOfBirth = t('client:person.dateTooOld', { year: BIRTH_YEAR_MIN });
  }
  const phone = values.phone.trim();
  if (phone && (tooLong(phone, PHONE_MAX_LENGTH) || !PHONE_PATTERN.test(phone))) errors.phone = t('client:person.phoneInvalid');
  const email = values.email.trim();
  if (email && (tooLong(email, EMAIL_MAX_LENGTH) || !EMAIL_PATTERN.test(email))) errors.email = t('client:person.emailInvalid');
  for (const field of SHORT_FIELDS) {
    const value = values[field];
    if (typeof value === 'string' && tooLong(value, SHORT_TEXT_MAX_LENGTH)) errors[field] = t('client:person.tooLong', { count: SHORT_TEXT_MAX_LENGTH });
  }
  return errors;
}

/** The person fields as the API's create and update inputs take them. */
export function personInput(values: PersonValues) {
  return {
    legalFirstName: values.legalFirstName.trim(),
    legalLastName: values.legalLastName.trim(),
    preferredName: optionalText(values.preferredName),
    dateOfBirth: optionalText(values.dateOfBirth),
    pronouns: optionalText(values.pronouns),
    gender: optionalText(values.gender),
    primaryLanguage: optionalText(values.primaryLanguage),
    interpreterNeeded: values.interpreterNeeded,
    phone: optionalText(values.phone),
    email: optionalText(values.email),
    address: {
      line1: optionalText(values.addressLine1),
      line2: optionalText(values.addressLine2),
      city: optionalText(values.city),
      region: optionalText(values.region),
      postalCode: optionalText(values.postalCode),
    },
  };
}

/** The API's names of the address fields, and the form's. */
export const ADDRESS_FIELD_OF: Record<string, PersonField> = {
  'address.line1': 'addressLine1',
  'address.line2': 'addressLine2',
  'address.city': 'city',
  'address.region': 'region',
  'address.postalCode': 'postalCode',
};

/** An API field name (e.g. `address.city`) as the form's field, when the form has it. */
export function personFieldOf(apiField: string): PersonField | null {
  const name = apiField.replace(/^input\./, '');
  if (ADDRESS_FIELD_OF[name]) return ADDRESS_FIELD_OF[name];
  return (PERSON_FIELDS as string[]).includes(name) ? (name as PersonField) : null;
}

/** An address on one line, as far as it is known. */
export function formatAddress(address: { line1?: string | null; line2?: string | null; city?: string | null; region?: string | null; postalCode?: string | null } | null | undefined): string {
  if (!address) return '';
  const place = [address.region, address.postalCode].filter(Boolean).join(' ');
  return [address.line1, address.line2, address.city, place].filter(Boolean).join(', ');
}
