/** Consecutive wrong passwords that lock an account, and for how long. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

/** The window over which attempts from one address are counted. */
export const RATE_WINDOW_MS = 15 * 60 * 1000;

export const WRONG_CREDENTIALS = 'The e-mail or password is not right.';

export function secondsUntil(date: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - Date.now()) / 1000));
}
