import { type ReferralOutcome, type ReferralStatus } from '@waymark/shared/types';

const STEP_WORDS: Record<ReferralStatus, string> = {
  DRAFT: 'Referral drafted',
  SENT: 'Referral sent',
  RECEIVED: 'Referral received by the provider',
  ACCEPTED: 'Referral accepted by the provider',
  SCHEDULED: 'Referral appointment booked',
  COMPLETED: 'Referral completed',
  DECLINED: 'Referral declined by the provider',
  CANCELLED: 'Referral cancelled',
  NO_SHOW: 'Referral appointment missed',
  EXPIRED: 'Referral expired without an answer',
};

const OUTCOME_WORDS: Record<ReferralOutcome, string> = {
  NEED_MET: 'need met',
  PARTLY_MET: 'need partly met',
  NOT_MET: 'need not met',
};

/**
 * The line a referral's step writes on the client's timeline (also for the seed): the step,
 * the appointment's day and the outcome, never whom it went to, why, or a note: the service
 * alone can tell a reader what the client needs, so the referral holds that behind its own
 * access and audit.
 */
export function referralLine(to: ReferralStatus, details: { appointmentAt?: Date | null; outcome?: ReferralOutcome | null } = {}): string {
  if (to === 'SCHEDULED' && details.appointmentAt) return `${STEP_WORDS.SCHEDULED} for ${details.appointmentAt.toISOString().slice(0, 10)}`;
  if (to === 'COMPLETED' && details.outcome) return `${STEP_WORDS.COMPLETED}: ${OUTCOME_WORDS[details.outcome]}`;
  return STEP_WORDS[to];
}
