import { ConsentCategory } from '../client/consent';

export const ReferralUrgency = {
  ROUTINE: 'ROUTINE',
  URGENT: 'URGENT',
  EMERGENCY: 'EMERGENCY',
} as const;
export type ReferralUrgency = (typeof ReferralUrgency)[keyof typeof ReferralUrgency];
export const REFERRAL_URGENCIES = Object.values(ReferralUrgency);

/** Why a receiver declined. */
export const ReferralDeclineReason = {
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  NO_CAPACITY: 'NO_CAPACITY',
  SERVICE_NOT_OFFERED: 'SERVICE_NOT_OFFERED',
  CLIENT_UNREACHABLE: 'CLIENT_UNREACHABLE',
  CLIENT_DECLINED: 'CLIENT_DECLINED',
  DUPLICATE: 'DUPLICATE',
  OTHER: 'OTHER',
} as const;
export type ReferralDeclineReason = (typeof ReferralDeclineReason)[keyof typeof ReferralDeclineReason];
export const REFERRAL_DECLINE_REASONS = Object.values(ReferralDeclineReason);

/** Whether the need the referral was for was met, recorded when it completes. */
export const ReferralOutcome = {
  NEED_MET: 'NEED_MET',
  PARTLY_MET: 'PARTLY_MET',
  NOT_MET: 'NOT_MET',
} as const;
export type ReferralOutcome = (typeof ReferralOutcome)[keyof typeof ReferralOutcome];
export const REFERRAL_OUTCOMES = Object.values(ReferralOutcome);

/** A sent referral nobody answered (SENT or RECEIVED) expires this many days after it was sent. */
export const REFERRAL_EXPIRY_DAYS = 14;
/** The note on the step that expires a referral (the expiry round's, and the demo data's). */
export const REFERRAL_EXPIRY_NOTE = `No answer within ${REFERRAL_EXPIRY_DAYS} days of sending.`;
/** The sender gets a follow-up task when the receiver has not answered this many days after sending. */
export const REFERRAL_NO_ANSWER_DAYS = 5;
/** The sender gets a follow-up task this many days after the appointment, to learn whether it happened. */
export const REFERRAL_APPOINTMENT_FOLLOW_UP_DAYS = 1;

export const REFERRAL_REASON_MAX_LENGTH = 2000;
export const REFERRAL_NOTE_MAX_LENGTH = 4000;
export const REFERRAL_STEP_NOTE_MAX_LENGTH = 2000;
export const REFERRAL_NEEDS_MAX = 10;
/** A need is a taxonomy code; longer is no code of the taxonomy. */
export const REFERRAL_NEED_CODE_MAX_LENGTH = 100;
export const PROVIDER_NAME_MAX_LENGTH = 200;

/**
 * The client data a receiving agency on Waymark may see, by the consent category that covers
 * it. The referral itself (reason, needs, urgency, its notes and its steps' notes, the
 * appointment's place) needs REFERRALS in force; without it the receiver keeps the referral's
 * history (statuses and dates) but none of its words and none of the client.
 */
export const REFERRAL_SHARED_CATEGORIES = {
  referral: ConsentCategory.REFERRALS,
  identity: ConsentCategory.DEMOGRAPHICS,
  contact: ConsentCategory.CONTACT_INFO,
} as const;
