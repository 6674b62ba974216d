import type { ReferralStatus } from '@waymark/shared/types';

/**
 * A referral as the contexts above it see it (the worklist plans its follow-ups from these):
 * plain values, never the entity. Also the payload of ReferralEvent.CHANGED.
 */
export interface ReferralFact {
  id: string;
  clientId: string;
  enrollmentId: string | null;
  status: ReferralStatus;
  sentAt: Date | null;
  appointmentAt: Date | null;
  /** Whom it went to: the directory service's name as referred to, or the provider typed in by hand. */
  label: string;
  /** The user who sent it; null while a draft. */
  sentBy: string | null;
}
