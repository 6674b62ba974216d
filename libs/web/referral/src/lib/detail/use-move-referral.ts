import type { ReferralDeclineReason, ReferralOutcome, ReferralStatus } from '@waymark/shared/types';

/** What one step of a referral records, besides which referral and which version. */
export interface MoveReferralFields {
  to: ReferralStatus;
  note: string | null;
  declineReason: ReferralDeclineReason | null;
  appointmentAt: string | null;
  appointmentLocation: string | null;
  outcome: ReferralOutcome | null;
  outcomeNote: string | null;
}
