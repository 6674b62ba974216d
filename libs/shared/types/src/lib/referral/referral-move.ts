import { ReferralDeclineReason } from './referral-details';
import { ReferralStatus } from './referral-status';

/** What a step carries besides its target status; the SPA's forms and the API's check read the same rule. */
export interface ReferralMoveDetails {
  declineReason?: string | null;
  appointmentAt?: Date | string | null;
  outcome?: string | null;
  note?: string | null;
}

/**
 * The fields a move to `to` cannot go without, as input field names: a decline says why,
 * a booking says when, a completion says whether the need was met, a cancellation says why in
 * its note. Empty when the move is complete.
 */
export function missingReferralMoveFields(to: ReferralStatus, details: ReferralMoveDetails): string[] {
  const missing: string[] = [];
  if (to === ReferralStatus.DECLINED && !details.declineReason) missing.push('declineReason');
  if (referralMoveNeedsNote(to, details.declineReason) && !details.note?.trim()) missing.push('note');
  if (to === ReferralStatus.SCHEDULED && !details.appointmentAt) missing.push('appointmentAt');
  if (to === ReferralStatus.COMPLETED && !details.outcome) missing.push('outcome');
  return missing;
}

/**
 * Whether a move must say why in its note: a cancellation always, and a decline "for another
 * reason", whose reason alone tells the sender nothing.
 */
export function referralMoveNeedsNote(to: ReferralStatus, declineReason?: string | null): boolean {
  return to === ReferralStatus.CANCELLED || (to === ReferralStatus.DECLINED && declineReason === ReferralDeclineReason.OTHER);
}

/**
 * The earliest moment an appointment may be booked for, asked at `now`: the start of the
 * current day in UTC. A booking records a visit still to come; the start of the UTC day (not
 * `now`) lets a same-day appointment through in every time zone, and it is never before the
 * referral was sent, which happened by `now`.
 */
export function earliestReferralAppointment(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Whether `appointmentAt` lies before the earliest a booking made at `now` may name. */
export function isReferralAppointmentPast(appointmentAt: Date | string, now: Date): boolean {
  return new Date(appointmentAt).getTime() < earliestReferralAppointment(now).getTime();
}
