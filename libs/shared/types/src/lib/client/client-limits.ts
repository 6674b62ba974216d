/** Validation limits of client records, shared by the API's inputs and the SPA's forms. Append only. */
export const NAME_MAX_LENGTH = 100;
export const SHORT_TEXT_MAX_LENGTH = 200;
export const LONG_TEXT_MAX_LENGTH = 20000;
export const PHONE_MAX_LENGTH = 40;
/** At least four digits with the usual separators, an optional leading +, and an optional extension ("x12", "ext. 12"). */
export const PHONE_PATTERN = /^(?=(?:\D*\d){4})\+?[0-9().\-\s]+(\s*(x|ext\.?)\s*[0-9]{1,6})?$/i;
/** A calendar date as the API speaks it: 'YYYY-MM-DD'. */
export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A program's short code, e.g. 'HCBS' or 'FOSTER-CARE'. */
export const PROGRAM_CODE_MAX_LENGTH = 20;
export const PROGRAM_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]*$/;
/** Bounds of a program's rules (see program-rules.ts). */
export const ELIGIBILITY_AGE_MAX = 130;
export const INTAKE_REQUIREMENTS_MAX = 30;
export const RESIDENCY_REGIONS_MAX = 60;
export const DEADLINE_DAYS_MAX = 365;
export const REVIEW_MONTHS_MAX = 60;
/** A required instrument is renewed at least every ten years (an ICAP is every three). */
export const RENEWAL_MONTHS_MAX = 120;
export const REQUIRED_INSTRUMENTS_MAX = 20;
export const FOLLOW_UPS_MAX = 10;
/** An identifier's value (a Medicaid number, an SSN), as typed. */
export const IDENTIFIER_VALUE_MAX_LENGTH = 50;
/** Dates of birth before this year are taken for typing mistakes. */
export const BIRTH_YEAR_MIN = 1900;
/** The agency setting that marks a note as a late entry, in days after the contact. */
export const LATE_ENTRY_DAYS_MAX = 365;
/** A paragraph: a contact's notes, a consent's purpose, a reason for revoking it. */
export const MEDIUM_TEXT_MAX_LENGTH = 2000;
