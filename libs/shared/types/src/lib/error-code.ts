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
  /** The caller has no access to the client, but may open it in an emergency (breakGlass), which is recorded and reviewed. */
  EMERGENCY_ACCESS_AVAILABLE: 'EMERGENCY_ACCESS_AVAILABLE',
  /** A move the status machine does not allow (see CLIENT_STATUS_TRANSITIONS and its kin). */
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  /** The record is signed or closed and can no longer be edited. */
  LOCKED_RECORD: 'LOCKED_RECORD',
  /** Required answers are missing; `details` names each question. */
  INCOMPLETE: 'INCOMPLETE',
  /** Work still open stands in the way of closing an enrollment; `details` lists each piece (ClosureBlocker). */
  CLOSURE_BLOCKED: 'CLOSURE_BLOCKED',
  /** A plan's author cannot approve it, nor a fund request's requester approve, pay or reconcile it: another supervisor must. */
  SELF_APPROVAL: 'SELF_APPROVAL',
  /** No consent in force covers sharing this client's data with the receiving agency; `details` carries the ConsentDecisionReason. */
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  /** The record's time overlaps another that must not share it (an on-call shift of the same tier); `overlappingId` names that one. */
  OVERLAP: 'OVERLAP',
  /** The client's fund does not cover the amount; `balanceCents` (and `availableCents` at approval) say what it holds. */
  INSUFFICIENT_FUNDS: 'INSUFFICIENT_FUNDS',
  /** The Idempotency-Key header is empty, longer than IDEMPOTENCY_KEY_MAX_LENGTH or not printable ASCII. */
  IDEMPOTENCY_KEY_INVALID: 'IDEMPOTENCY_KEY_INVALID',
  /** A request with an Idempotency-Key must hold exactly one mutation field (no batch, no second field). */
  IDEMPOTENCY_KEY_ONE_FIELD: 'IDEMPOTENCY_KEY_ONE_FIELD',
  /** The key was used before with a different operation or variables: pick a new key for a new request. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** The first request with this key is still running: retry once it has answered. */
  IDEMPOTENCY_KEY_IN_FLIGHT: 'IDEMPOTENCY_KEY_IN_FLIGHT',
  /** An Idempotency-Key was sent on a mutation that takes none (it updates by version, or adds no record): send it without the key. */
  IDEMPOTENCY_KEY_NOT_SUPPORTED: 'IDEMPOTENCY_KEY_NOT_SUPPORTED',
} as const;
export type ErrorReason = (typeof ErrorReason)[keyof typeof ErrorReason];

/** Longest Idempotency-Key header accepted (printable ASCII). */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
