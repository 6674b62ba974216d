/** Critical incidents an agency must report. Never rename a value: reports keep theirs. */
export const IncidentType = {
  INJURY: 'INJURY',
  FALL: 'FALL',
  MEDICATION_ERROR: 'MEDICATION_ERROR',
  BEHAVIORAL: 'BEHAVIORAL',
  ABUSE_NEGLECT_EXPLOITATION_ALLEGATION: 'ABUSE_NEGLECT_EXPLOITATION_ALLEGATION',
  MISSING_PERSON: 'MISSING_PERSON',
  HOSPITALIZATION: 'HOSPITALIZATION',
  POLICE_INVOLVEMENT: 'POLICE_INVOLVEMENT',
  DEATH: 'DEATH',
  OTHER: 'OTHER',
} as const;
export type IncidentType = (typeof IncidentType)[keyof typeof IncidentType];
export const INCIDENT_TYPES = Object.values(IncidentType);

/** In rising order: the review queue puts the most severe first. */
export const IncidentSeverity = {
  LOW: 'LOW',
  MODERATE: 'MODERATE',
  HIGH: 'HIGH',
  CRITICAL: 'CRITICAL',
} as const;
export type IncidentSeverity = (typeof IncidentSeverity)[keyof typeof IncidentSeverity];
export const INCIDENT_SEVERITIES = Object.values(IncidentSeverity);

/** Who was told of an incident. */
export const NotifiedParty = {
  GUARDIAN: 'GUARDIAN',
  SUPERVISOR: 'SUPERVISOR',
  STATE_HOTLINE: 'STATE_HOTLINE',
  LAW_ENFORCEMENT: 'LAW_ENFORCEMENT',
  PHYSICIAN: 'PHYSICIAN',
  OTHER: 'OTHER',
} as const;
export type NotifiedParty = (typeof NotifiedParty)[keyof typeof NotifiedParty];
export const NOTIFIED_PARTIES = Object.values(NotifiedParty);

/** How they were told. */
export const NotificationMethod = {
  PHONE: 'PHONE',
  IN_PERSON: 'IN_PERSON',
  EMAIL: 'EMAIL',
  FAX: 'FAX',
  ONLINE_REPORT: 'ONLINE_REPORT',
  LETTER: 'LETTER',
  OTHER: 'OTHER',
} as const;
export type NotificationMethod = (typeof NotificationMethod)[keyof typeof NotificationMethod];
export const NOTIFICATION_METHODS = Object.values(NotificationMethod);

/** A report stays editable until a supervisor reviews and signs it off. */
export const IncidentStatus = {
  REPORTED: 'REPORTED',
  REVIEWED: 'REVIEWED',
} as const;
export type IncidentStatus = (typeof IncidentStatus)[keyof typeof IncidentStatus];
export const INCIDENT_STATUSES = Object.values(IncidentStatus);

export const INCIDENT_STATUS_TRANSITIONS: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  REPORTED: ['REVIEWED'],
  REVIEWED: [],
};

export function canChangeIncidentStatus(from: IncidentStatus, to: IncidentStatus): boolean {
  return INCIDENT_STATUS_TRANSITIONS[from].includes(to);
}
