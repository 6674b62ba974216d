import { type ClientStatus, type ConsentRecipientKind, type IncidentSeverity, type IncidentType, isReopening, type NoteType } from '@waymark/shared/types';

/**
 * The timeline's lines for seeded records, worded as the client services word the lines they
 * write, so a seeded timeline reads like a lived one. Like theirs, no line carries detail
 * (narratives, what happened): the source record holds that.
 */
const NOTE_LABELS: Record<NoteType, string> = {
  HOME_VISIT: 'Home visit',
  PHONE_CALL: 'Phone call',
  OFFICE_VISIT: 'Office visit',
  COLLATERAL_CONTACT: 'Collateral contact',
  CRISIS_INTERVENTION: 'Crisis intervention',
  TRANSPORT: 'Transport',
  SCHOOL_VOCATIONAL_VISIT: 'School or vocational visit',
  OTHER: 'Other contact',
};

const INCIDENT_LABELS: Record<IncidentType, string> = {
  INJURY: 'Injury',
  FALL: 'Fall',
  MEDICATION_ERROR: 'Medication error',
  BEHAVIORAL: 'Behavioral incident',
  ABUSE_NEGLECT_EXPLOITATION_ALLEGATION: 'Abuse, neglect or exploitation allegation',
  MISSING_PERSON: 'Missing person',
  HOSPITALIZATION: 'Hospitalization',
  POLICE_INVOLVEMENT: 'Police involvement',
  DEATH: 'Death',
  OTHER: 'Other incident',
};

const RECIPIENT_WORDS: Record<ConsentRecipientKind, string> = { PERSON: 'a person', ORGANIZATION: 'an organization', AGENCY: 'another agency' };

export const timelineLine = {
  intake: (status: ClientStatus, clientNumber: string) => `${status === 'INQUIRY' ? 'Inquiry' : 'Intake'} recorded as ${clientNumber}`,
  statusChange: (from: ClientStatus, to: ClientStatus) => `${isReopening(from, to) ? 'Reopened' : 'Status changed'}: ${from} → ${to}`,
  enrolled: (program: string, openedOn: string) => `Enrolled in ${program}, opening ${openedOn}`,
  enrollmentOnHold: (program: string) => `${program}: enrollment active → on hold`,
  enrollmentClosed: (program: string, closedOn: string) => `${program}: enrollment closed on ${closedOn}`,
  assigned: (program: string, worker: string) => `${program}: case assigned to ${worker}`,
  joinedTeam: (program: string, worker: string) => `${program}: ${worker} joined the team`,
  note: (type: NoteType, lateEntry: boolean) => `${NOTE_LABELS[type]} note${lateEntry ? ' (late entry)' : ''}`,
  incidentReported: (type: IncidentType, severity: IncidentSeverity) => `${INCIDENT_LABELS[type]} reported (${severity.toLowerCase()} severity)`,
  incidentReviewed: (type: IncidentType) => `${INCIDENT_LABELS[type]} reviewed by a supervisor`,
  consentRecorded: (kind: ConsentRecipientKind) => `Consent to share with ${RECIPIENT_WORDS[kind]} recorded`,
  consentRevoked: (kind: ConsentRecipientKind) => `Consent to share with ${RECIPIENT_WORDS[kind]} revoked`,
};
