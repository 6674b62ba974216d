import type { TFunction } from 'i18next';
import {
  IDENTIFIER_VALUE_MAX_LENGTH,
  LONG_TEXT_MAX_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  type ClientFlag,
  type IdentifierKind,
  type RiskLevel,
} from '@waymark/shared/types';
import { EMPTY_PERSON, PERSON_FIELDS, personFieldOf, personInput, validatePerson, type PersonValues } from '../shared/person-values';
import { optionalText } from '../shared/validators';

export const INTAKE_STEPS = ['referral', 'person', 'risk', 'review'] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];

export interface IdentifierDraft {
  kind: IdentifierKind;
  value: string;
}

export interface IntakeValues extends PersonValues, Record<string, unknown> {
  step: number;
  status: 'INTAKE' | 'INQUIRY';
  referralSource: string;
  referralReason: string;
  presentingNeeds: string;
  /** Empty until the worker chooses: a risk level nobody chose would read as an assessment. */
  riskLevel: RiskLevel | '';
  flags: ClientFlag[];
  identifiers: IdentifierDraft[];
  /** The worker looked at the likely duplicates and says this is someone else. */
  notADuplicate: boolean;
}

export const EMPTY_INTAKE: IntakeValues = {
  step: 0,
  status: 'INTAKE',
  referralSource: '',
  referralReason: '',
  presentingNeeds: '',
  ...EMPTY_PERSON,
  riskLevel: '',
  flags: [],
  identifiers: [],
  notADuplicate: false,
};

/** Identifiers (Medicaid, SSN) never sit in the browser's storage, not even as a draft. */
export const NOT_IN_DRAFT = ['identifiers'] as const;

const REFERRAL_FIELDS = ['referralSource', 'referralReason', 'presentingNeeds'] as const;
const RISK_FIELDS = ['riskLevel', 'flags', 'identifiers'] as const;

/** The step that holds a field, so an error the API names can be shown where it can be fixed. */
export function stepOfField(field: string): number {
  if ((REFERRAL_FIELDS as readonly string[]).includes(field)) return 0;
  if ((PERSON_FIELDS as readonly string[]).includes(field)) return 1;
  if ((RISK_FIELDS as readonly string[]).includes(field) || field.startsWith('identifiers.')) return 2;
  return 3;
}

/** The errors of one step's fields. */
export function validateIntakeStep(step: number, values: IntakeValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (step === 0) {
    if (values.referralSource.trim().length > SHORT_TEXT_MAX_LENGTH) errors['referralSource'] = t('client:person.tooLong', { count: SHORT_TEXT_MAX_LENGTH });
    for (const field of ['referralReason', 'presentingNeeds'] as const) {
      if (values[field].trim().length > LONG_TEXT_MAX_LENGTH) errors[field] = t('client:person.tooLong', { count: LONG_TEXT_MAX_LENGTH });
    }
  }
  if (step === 1) Object.assign(errors, validatePerson(values, t));
  if (step === 2) {
    if (!values.riskLevel) errors['riskLevel'] = t('client:intake.chooseRisk');
    values.identifiers.forEach((identifier, index) => {
      const value = identifier.value.trim();
      if (!value) errors[`identifiers.${index}.value`] = t('client:person.required');
      else if (value.length > IDENTIFIER_VALUE_MAX_LENGTH) errors[`identifiers.${index}.value`] = t('client:person.tooLong', { count: IDENTIFIER_VALUE_MAX_LENGTH });
    });
  }
  return errors;
}

/** What createClient is given. */
export function createClientInput(values: IntakeValues) {
  return {
    status: values.status,
    ...personInput(values),
    // The risk step does not let an empty one through.
    riskLevel: values.riskLevel as RiskLevel,
    flags: values.flags,
    referralSource: optionalText(values.referralSource),
    referralReason: optionalText(values.referralReason),
    presentingNeeds: optionalText(values.presentingNeeds),
    identifiers: values.identifiers.map((identifier) => ({ kind: identifier.kind, value: identifier.value.trim() })),
  };
}

/** The API's name for a field (`input.address.city`) as the wizard's. */
export function intakeFieldOf(apiField: string): string {
  const name = apiField.replace(/^input\./, '');
  return personFieldOf(name) ?? name;
}
