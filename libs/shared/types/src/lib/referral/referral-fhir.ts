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

/**
 * How each of our statuses reads as a FHIR Task, so a FHIR view expresses the machine without
 * loss of meaning: a status the referral can still leave (OPEN_REFERRAL_STATUSES) maps to a Task
 * status that is not final. A no-show may be booked again, so it is `on-hold` (Task.businessStatus
 * says NO_SHOW), not `failed`; an expired referral is over, and `failed`.
 */
export const REFERRAL_FHIR_TASK_STATUS: Record<ReferralStatus, FhirTaskStatus> = {
  DRAFT: 'draft',
  SENT: 'requested',
  RECEIVED: 'received',
  ACCEPTED: 'accepted',
  SCHEDULED: 'in-progress',
  COMPLETED: 'completed',
  DECLINED: 'rejected',
  CANCELLED: 'cancelled',
  NO_SHOW: 'on-hold',
  EXPIRED: 'failed',
};

/** FHIR ServiceRequest.priority for our urgency. */
export const REFERRAL_FHIR_PRIORITY: Record<ReferralUrgency, 'routine' | 'urgent' | 'asap'> = {
  ROUTINE: 'routine',
  URGENT: 'urgent',
  EMERGENCY: 'asap',
};

/**
 * FHIR R4 ServiceRequest.status (http://hl7.org/fhir/request-status): the request stands while
 * the loop is open (a no-show too: it may be booked again); a refused, cancelled or expired one is revoked.
 */
export const REFERRAL_FHIR_REQUEST_STATUS: Record<ReferralStatus, 'draft' | 'active' | 'completed' | 'revoked'> = {
  DRAFT: 'draft',
  SENT: 'active',
  RECEIVED: 'active',
  ACCEPTED: 'active',
  SCHEDULED: 'active',
  COMPLETED: 'completed',
  DECLINED: 'revoked',
  CANCELLED: 'revoked',
  NO_SHOW: 'active',
  EXPIRED: 'revoked',
};
