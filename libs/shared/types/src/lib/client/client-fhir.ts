import type { ConsentState } from './consent';
import type { ContactKind } from './contact-kind';

/** FHIR R4 administrative-gender (http://hl7.org/fhir/administrative-gender). */
export type FhirAdministrativeGender = 'male' | 'female' | 'other' | 'unknown';

/** The words a record's free-text gender is written with that name each administrative gender. */
const GENDER_WORDS: Record<'male' | 'female', readonly string[]> = {
  male: ['male', 'm', 'man', 'boy', 'masculino', 'hombre'],
  female: ['female', 'f', 'woman', 'girl', 'femenino', 'mujer'],
};

/**
 * Our gender is what the client said, in their words; FHIR's administrative gender has four
 * codes. Words that plainly say male or female map to them, nothing recorded to `unknown`,
 * anything else (non-binary, two-spirit…) to `other`, never guessed into male or female.
 */
export function fhirGender(gender: string | null | undefined): FhirAdministrativeGender {
  const word = gender?.trim().toLowerCase();
  if (!word) return 'unknown';
  if (GENDER_WORDS.male.includes(word)) return 'male';
  if (GENDER_WORDS.female.includes(word)) return 'female';
  return 'other';
}

/** FHIR R4 Consent.status for a consent's state: a signed release not yet in force is active, with its period saying from when. */
export const CONSENT_FHIR_STATUS: Record<ConsentState, 'active' | 'inactive'> = {
  PENDING: 'active',
  ACTIVE: 'active',
  EXPIRED: 'inactive',
  REVOKED: 'inactive',
};

/** FHIR R4 RelatedPerson.relationship in v3 RoleCode (http://terminology.hl7.org/CodeSystem/v3-RoleCode), where one says it; the rest go by our own code. */
export const CONTACT_KIND_FHIR_ROLE: Record<ContactKind, { code: string; display: string } | null> = {
  FAMILY: { code: 'FAMMEMB', display: 'family member' },
  FRIEND: { code: 'FRND', display: 'unrelated friend' },
  GUARDIAN: { code: 'GUARD', display: 'guardian' },
  REPRESENTATIVE: null,
  PROFESSIONAL: null,
};
