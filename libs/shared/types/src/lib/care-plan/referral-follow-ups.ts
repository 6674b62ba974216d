import { todayIsoDate } from '../client/age';
import { REFERRAL_APPOINTMENT_FOLLOW_UP_DAYS, REFERRAL_EXPIRY_DAYS, REFERRAL_NO_ANSWER_DAYS } from '../referral/referral-details';
import { ReferralStatus, UNANSWERED_REFERRAL_STATUSES } from '../referral/referral-status';
import { addDays } from './care-calendar';

/** The calendar day (UTC, as every deadline counts) of an instant. */
function dayOf(at: Date | string): string {
  return todayIsoDate(new Date(at));
}

/** The day the sender asks after a referral nobody has answered: REFERRAL_NO_ANSWER_DAYS after the day it was sent. */
export function referralNoAnswerDueOn(sentAt: Date | string): string {
  return addDays(dayOf(sentAt), REFERRAL_NO_ANSWER_DAYS);
}

/** The day the sender checks the appointment happened: REFERRAL_APPOINTMENT_FOLLOW_UP_DAYS after its day. */
export function referralAppointmentFollowUpDueOn(appointmentAt: Date | string): string {
  return addDays(dayOf(appointmentAt), REFERRAL_APPOINTMENT_FOLLOW_UP_DAYS);
}

/** The period of a referral follow-up's dedupe key: the day it counts from (sent, or the appointment's), so a reschedule makes a new task. */
export function referralFollowUpPeriod(at: Date | string): string {
  return dayOf(at);
}

/** Whether a referral still waits for the receiver's first answer, which a no-answer follow-up chases. */
export function referralAwaitsAnswer(status: ReferralStatus): boolean {
  return UNANSWERED_REFERRAL_STATUSES.includes(status);
}

/** Whether a referral has an appointment booked, which an appointment follow-up checks on. */
export function referralAwaitsAppointment(status: ReferralStatus): boolean {
  return status === ReferralStatus.SCHEDULED;
}

/**
 * The last day a referral may have been sent on and still be waiting on `today`: one sent on
 * that day or before and still unanswered has had its REFERRAL_EXPIRY_DAYS and expires.
 */
export function referralExpirySentBy(today: string): string {
  return addDays(today, -REFERRAL_EXPIRY_DAYS);
}
