import { ForbiddenError } from '@waymark/api/common';
import { ErrorReason } from '@waymark/shared/types';

/** Consecutive wrong passwords that lock an account, and for how long. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

/** The window over which attempts from one address are counted. */
export const RATE_WINDOW_MS = 15 * 60 * 1000;

export const WRONG_CREDENTIALS = 'The e-mail or password is not right.';

export function secondsUntil(date: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - Date.now()) / 1000));
}

export function lockedError(until: Date): ForbiddenError {
  return new ForbiddenError('This account is locked after too many failed sign-ins. Try again later or ask an administrator.', {
    reason: ErrorReason.ACCOUNT_LOCKED,
    retryAfterSeconds: secondsUntil(until),
  });
}
