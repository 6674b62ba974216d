import { Role } from '../role';
import { REFERRAL_STATUSES, ReferralStatus } from './referral-status';

/** Which list a referral is read in: the ones my agency sent, or the ones it received (the inbox). */
export const ReferralBox = {
  SENT: 'SENT',
  RECEIVED: 'RECEIVED',
} as const;
export type ReferralBox = (typeof ReferralBox)[keyof typeof ReferralBox];
export const REFERRAL_BOXES = Object.values(ReferralBox);

/** Who at a receiving agency reads and answers its inbox: everyone but auditors, whose trail is their own agency's clients. */
export const REFERRAL_RECEIVER_ROLES: readonly Role[] = [Role.ADMIN, Role.SUPERVISOR, Role.CASE_MANAGER, Role.INTAKE];

/** The statuses a box can hold: the receiving agency never sees a draft, which has not been sent to it. */
export const REFERRAL_BOX_STATUSES: Record<ReferralBox, readonly ReferralStatus[]> = {
  SENT: REFERRAL_STATUSES,
  RECEIVED: REFERRAL_STATUSES.filter((status) => status !== ReferralStatus.DRAFT),
};
