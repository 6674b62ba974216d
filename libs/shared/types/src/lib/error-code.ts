/** The machine-readable code every API error carries in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Finer reasons some errors carry in `extensions.reason`. */
export const ErrorReason = {
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  /** The client is outside the caller's caseload: open it again with a reason, which is recorded. */
  ACCESS_REASON_REQUIRED: 'ACCESS_REASON_REQUIRED',
  /** A move the status machine does not allow (see CLIENT_STATUS_TRANSITIONS and its kin). */
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  /** The record is signed or closed and can no longer be edited. */
  LOCKED_RECORD: 'LOCKED_RECORD',
  /** Required answers are missing; `details` names each question. */
  INCOMPLETE: 'INCOMPLETE',
  /** Work still open stands in the way of closing an enrollment; `details` lists each piece (ClosureBlocker). */
  CLOSURE_BLOCKED: 'CLOSURE_BLOCKED',
  /** A plan's author cannot approve it: another supervisor must. */
  SELF_APPROVAL: 'SELF_APPROVAL',
  /** No consent in force covers sharing this client's data with the receiving agency; `details` carries the ConsentDecisionReason. */
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  /** The record's time overlaps another that must not share it (an on-call shift of the same tier); `overlappingId` names that one. */
  OVERLAP: 'OVERLAP',
} as const;
export type ErrorReason = (typeof ErrorReason)[keyof typeof ErrorReason];
