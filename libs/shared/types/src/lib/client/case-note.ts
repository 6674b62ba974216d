/** The kinds of contact a case note documents. Never rename a value: notes keep theirs. */
export const NoteType = {
  HOME_VISIT: 'HOME_VISIT',
  PHONE_CALL: 'PHONE_CALL',
  OFFICE_VISIT: 'OFFICE_VISIT',
  COLLATERAL_CONTACT: 'COLLATERAL_CONTACT',
  CRISIS_INTERVENTION: 'CRISIS_INTERVENTION',
  TRANSPORT: 'TRANSPORT',
  SCHOOL_VOCATIONAL_VISIT: 'SCHOOL_VOCATIONAL_VISIT',
  OTHER: 'OTHER',
} as const;
export type NoteType = (typeof NoteType)[keyof typeof NoteType];
export const NOTE_TYPES = Object.values(NoteType);

/** A draft is its author's to edit; signing locks it, and only addenda correct it after. */
export const NoteStatus = {
  DRAFT: 'DRAFT',
  SIGNED: 'SIGNED',
} as const;
export type NoteStatus = (typeof NoteStatus)[keyof typeof NoteStatus];
export const NOTE_STATUSES = Object.values(NoteStatus);

/** Longest contact a note may record: one day. */
export const NOTE_DURATION_MAX_MINUTES = 1440;

/** Who took part, as free text ("client, mother, school counselor"). */
export const NOTE_PARTICIPANTS_MAX_LENGTH = 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a note signed at `signedAt` documents its contact late: more than `days` whole
 * days (24-hour periods, so no time zone changes the answer) after it happened. The API
 * marks signed notes with it; the composer warns with it before signing.
 */
export function isLateEntry(occurredAt: Date | string, signedAt: Date | string, days: number): boolean {
  return new Date(signedAt).getTime() - new Date(occurredAt).getTime() > days * DAY_MS;
}
