/** What a line on a client's timeline is about. Later contexts add kinds; never rename one. */
export const TimelineKind = {
  INTAKE: 'INTAKE',
  STATUS_CHANGE: 'STATUS_CHANGE',
  ENROLLMENT: 'ENROLLMENT',
  ASSIGNMENT: 'ASSIGNMENT',
  NOTE: 'NOTE',
  INCIDENT: 'INCIDENT',
  CONSENT: 'CONSENT',
  MERGE: 'MERGE',
  ASSESSMENT: 'ASSESSMENT',
  CARE_PLAN: 'CARE_PLAN',
  PROGRESS: 'PROGRESS',
  DISCHARGE: 'DISCHARGE',
  REFERRAL: 'REFERRAL',
  DOCUMENT: 'DOCUMENT',
  APPOINTMENT: 'APPOINTMENT',
  TRAINING: 'TRAINING',
  RESOURCE_LIST: 'RESOURCE_LIST',
  EMERGENCY_CALL: 'EMERGENCY_CALL',
  FUND_REQUEST: 'FUND_REQUEST',
} as const;
export type TimelineKind = (typeof TimelineKind)[keyof typeof TimelineKind];
export const TIMELINE_KINDS = Object.values(TimelineKind);
