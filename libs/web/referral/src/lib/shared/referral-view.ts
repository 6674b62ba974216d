import type { ConsentDecisionReason, ReferralDeclineReason, ReferralOutcome, ReferralSide, ReferralStatus, ReferralUrgency } from '@waymark/shared/types';

/** A step on a referral's timeline: who, of which agency, when, from what to what. */
export interface ReferralStepView {
  id: string;
  fromStatus?: ReferralStatus | null;
  toStatus: ReferralStatus;
  side: ReferralSide;
  actorName?: string | null;
  actorAgencyName?: string | null;
  note?: string | null;
  appointmentAt?: string | null;
  occurredAt: string;
}

/** The client as the reader may see them: the receiver only what the consent in force allows. */
export interface ReferredClientView {
  id: string;
  clientNumber?: string | null;
  displayName?: string | null;
  dateOfBirth?: string | null;
  primaryLanguage?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  sharedUnder: ConsentDecisionReason;
}

/** What a list row shows of a referral. */
export interface ReferralRowView {
  id: string;
  version: number;
  status: ReferralStatus;
  urgency: ReferralUrgency;
  serviceName?: string | null;
  organizationName?: string | null;
  provider?: { name: string } | null;
  receiverAgency?: { id: string; name: string } | null;
  senderAgency?: { id: string; name: string } | null;
  side: ReferralSide;
  nextStatuses: readonly ReferralStatus[];
  sentAt?: string | null;
  createdAt: string;
  statusChangedAt: string;
  client: { id: string; displayName?: string | null; sharedUnder: ConsentDecisionReason };
}

/** Everything a referral's page shows. */
export interface ReferralView extends Omit<ReferralRowView, 'client' | 'provider'> {
  reason: string;
  needs: readonly string[];
  noteForReceiver?: string | null;
  serviceId?: string | null;
  provider?: { name: string; phone?: string | null; email?: string | null; address?: string | null } | null;
  onWaymark: boolean;
  answeredAt?: string | null;
  appointmentAt?: string | null;
  appointmentLocation?: string | null;
  declineReason?: ReferralDeclineReason | null;
  outcome?: ReferralOutcome | null;
  outcomeNote?: string | null;
  closedAt?: string | null;
  enrollmentId?: string | null;
  steps: readonly ReferralStepView[];
  client: ReferredClientView;
}
