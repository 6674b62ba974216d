import type { ReferralStatus } from './referral-status';
import type { ReferralUrgency } from './referral-details';

/** FHIR R4 Task.status, as the closed-loop social-care referral pattern uses it. */
export type FhirTaskStatus =
  | 'draft'
  | 'requested'
  | 'received'
  | 'accepted'
  | 'rejected'
  | 'ready'
  | 'cancelled'
  | 'in-progress'
  | 'on-hold'
  | 'failed'
  | 'completed';

/** How each of our statuses reads as a FHIR Task, so a FHIR view expresses the machine without loss of meaning. */
export const REFERRAL_FHIR_TASK_STATUS: Record<ReferralStatus, FhirTaskStatus> = {
  DRAFT: 'draft',
  SENT: 'requested',
  RECEIVED: 'received',
  ACCEPTED: 'accepted',
  SCHEDULED: 'in-progress',
  COMPLETED: 'completed',
  DECLINED: 'rejected',
  CANCELLED: 'cancelled',
  NO_SHOW: 'failed',
  EXPIRED: 'failed',
};

/** FHIR ServiceRequest.priority for our urgency. */
export const REFERRAL_FHIR_PRIORITY: Record<ReferralUrgency, 'routine' | 'urgent' | 'asap'> = {
  ROUTINE: 'routine',
  URGENT: 'urgent',
  EMERGENCY: 'asap',
};
