/** The kinds of a client's data a release of information may cover. Never rename a value. */
export const ConsentCategory = {
  DEMOGRAPHICS: 'DEMOGRAPHICS',
  CONTACT_INFO: 'CONTACT_INFO',
  CASE_NOTES: 'CASE_NOTES',
  ASSESSMENTS: 'ASSESSMENTS',
  CARE_PLAN: 'CARE_PLAN',
  MEDICAL: 'MEDICAL',
  MENTAL_HEALTH: 'MENTAL_HEALTH',
  SUBSTANCE_USE: 'SUBSTANCE_USE',
  HIV_STATUS: 'HIV_STATUS',
  EDUCATION: 'EDUCATION',
  BENEFITS: 'BENEFITS',
  REFERRALS: 'REFERRALS',
} as const;
export type ConsentCategory = (typeof ConsentCategory)[keyof typeof ConsentCategory];
export const CONSENT_CATEGORIES = Object.values(ConsentCategory);

/** With whom the client's data may be shared. */
export const ConsentRecipientKind = {
  /** Someone in the client's support network (a contact of the same client) or a named person. */
  PERSON: 'PERSON',
  /** An organization outside Waymark, by name. */
  ORGANIZATION: 'ORGANIZATION',
  /** Another agency on Waymark, which referrals and exports can reach. */
  AGENCY: 'AGENCY',
} as const;
export type ConsentRecipientKind = (typeof ConsentRecipientKind)[keyof typeof ConsentRecipientKind];
export const CONSENT_RECIPIENT_KINDS = Object.values(ConsentRecipientKind);

export const SignatureMethod = {
  WRITTEN: 'WRITTEN',
  ELECTRONIC: 'ELECTRONIC',
  VERBAL: 'VERBAL',
} as const;
export type SignatureMethod = (typeof SignatureMethod)[keyof typeof SignatureMethod];
export const SIGNATURE_METHODS = Object.values(SignatureMethod);

export const ConsentState = {
  /** Signed, but its first day has not come yet. */
  PENDING: 'PENDING',
  ACTIVE: 'ACTIVE',
  /** Its last day has passed. */
  EXPIRED: 'EXPIRED',
  /** The client withdrew it; nothing more may be shared under it. */
  REVOKED: 'REVOKED',
} as const;
export type ConsentState = (typeof ConsentState)[keyof typeof ConsentState];
export const CONSENT_STATES = Object.values(ConsentState);

/**
 * Why data may or may not be shared (ConsentCheck.mayShare, Query consentDecision). A refusal
 * names the consent that came closest, so a worker knows whether to renew, widen or ask anew.
 */
export const ConsentDecisionReason = {
  /** A consent covering the category is in force for this recipient. */
  IN_FORCE: 'IN_FORCE',
  NOT_YET_IN_FORCE: 'NOT_YET_IN_FORCE',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED',
  /** Consents to this recipient exist, but none covers the category. */
  CATEGORY_NOT_COVERED: 'CATEGORY_NOT_COVERED',
  /** The client never consented to share with this recipient. */
  NO_CONSENT: 'NO_CONSENT',
} as const;
export type ConsentDecisionReason = (typeof ConsentDecisionReason)[keyof typeof ConsentDecisionReason];

/** The dates that decide a consent's state; calendar dates are 'YYYY-MM-DD', both days inclusive. */
export interface ConsentTerms {
  effectiveFrom: string;
  effectiveUntil?: string | null;
  revokedAt?: Date | string | null;
}

/**
 * A consent's state on the calendar day `today` ('YYYY-MM-DD'). The API answers `Consent.state`
 * with it and the SPA may recompute it, so both show the same word; the API's sharing decision
 * (ConsentCheck.mayShare) applies the same rules in SQL.
 */
export function consentState(consent: ConsentTerms, today: string): ConsentState {
  if (consent.revokedAt) return ConsentState.REVOKED;
  if (today < consent.effectiveFrom) return ConsentState.PENDING;
  if (consent.effectiveUntil && today > consent.effectiveUntil) return ConsentState.EXPIRED;
  return ConsentState.ACTIVE;
}

/** The calendar day of `at` in the local time zone, as 'YYYY-MM-DD'. */
export function calendarDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
