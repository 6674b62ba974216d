import { BadInputError } from '@waymark/api/common';

/** A worker's clock may run a little ahead of the server's; "just now" is not in the future. */
const CLOCK_SKEW_MS = 2 * 60_000;

/** Refuses an instant that has not happened yet (a contact, an incident, a notification). */
export function refuseFuture(at: Date, field: string, now = new Date()): void {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new BadInputError(`${field} is in the future; record what has happened.`, [{ field, message: 'is in the future' }]);
  }
}
