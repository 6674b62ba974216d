import { referralLabel, type ReferralSide, type ReferralStatus } from '@waymark/shared/types';
import type { ReferralFact } from '../follow-up/referral-fact';
import type { ReferralEntity } from './referral.entity';

/**
 * Events the referral context emits (on @nestjs/event-emitter's bus, awaited inside the
 * change's transaction and inside the sending agency's scope). Listeners use
 * `@OnEvent(name, { suppressErrors: false })`: a listener that fails fails the change.
 */
export const ReferralEvent = {
  /** A referral was created or moved: ReferralChangedEvent. */
  CHANGED: 'referral.changed',
} as const;

export interface ReferralChangedEvent {
  referral: ReferralFact;
  /** The status before the change; null when the referral was just created. */
  from: ReferralStatus | null;
  side: ReferralSide;
}

export function toReferralFact(referral: ReferralEntity): ReferralFact {
  return {
    id: referral.id,
    clientId: referral.clientId,
    enrollmentId: referral.enrollmentId,
    status: referral.status,
    sentAt: referral.sentAt,
    appointmentAt: referral.appointmentAt,
    label: referralLabel(referral),
    sentBy: referral.sentById,
  };
}
