import {
  type ClientStatus,
  ConsentRecipientKind,
  type EligibilityOutcome,
  type EnrollmentStatus,
  type IncidentSeverity,
  type IncidentType,
  isReopening,
  type NoteType,
} from '@waymark/shared/types';

/**
 * The wording of every line the client context writes on a client's timeline, for the
 * services that write them and the seed that writes a lived-in history. A line says what
 * happened and never the detail (a narrative, what an incident was, a clinic's name): the
 * source record holds that, behind its own access and audit.
 */

const NOTE_TYPE_WORDS: Record<NoteType, string> = {
  HOME_VISIT: 'Home visit',
  PHONE_CALL: 'Phone call',
  OFFICE_VISIT: 'Office visit',
  COLLATERAL_CONTACT: 'Collateral contact',
  CRISIS_INTERVENTION: 'Crisis intervention',
  TRANSPORT: 'Transport',
  SCHOOL_VOCATIONAL_VISIT: 'School or vocational visit',
  OTHER: 'Other contact',
};

const INCIDENT_TYPE_WORDS: Record<IncidentType, string> = {
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

/** A consent's recipient by kind only: a clinic's name can say too much. */
const RECIPIENT_WORDS: Record<ConsentRecipientKind, string> = {
  [ConsentRecipientKind.PERSON]: 'a person',
  [ConsentRecipientKind.ORGANIZATION]: 'an organization',
  [ConsentRecipientKind.AGENCY]: 'another agency',
};

const OUTCOME_WORDS: Record<EligibilityOutcome, string> = { ELIGIBLE: 'eligible', INELIGIBLE: 'not eligible', NEEDS_REVIEW: 'needs review' };

/** An enrollment's status in a sentence. */
export const ENROLLMENT_STATUS_WORDS: Record<EnrollmentStatus, string> = { PENDING: 'pending', ACTIVE: 'active', ON_HOLD: 'on hold', CLOSED: 'closed' };

export const timelineLine = {
  intake: (status: ClientStatus, clientNumber: string) => `${status === 'INQUIRY' ? 'Inquiry' : 'Intake'} recorded as ${clientNumber}`,
  statusChange: (from: ClientStatus, to: ClientStatus) => `${isReopening(from, to) ? 'Reopened' : 'Status changed'}: ${from} → ${to}`,
  merged: (sourceClientNumber: string) => `Record ${sourceClientNumber} merged into this one`,
  eligibilityScreen: (program: string, outcome: EligibilityOutcome) => `Eligibility screen for ${program}: ${OUTCOME_WORDS[outcome]}`,
  enrolled: (program: string, openedOn: string) => `Enrolled in ${program}, opening ${openedOn}`,
  enrollmentStatus: (program: string, from: EnrollmentStatus, to: EnrollmentStatus) =>
    `${program}: enrollment ${ENROLLMENT_STATUS_WORDS[from]} → ${ENROLLMENT_STATUS_WORDS[to]}`,
  enrollmentClosed: (program: string, closedOn: string) => `${program}: enrollment closed on ${closedOn}`,
  assigned: (program: string, worker: string) => `${program}: case assigned to ${worker}`,
  joinedTeam: (program: string, worker: string) => `${program}: ${worker} joined the team`,
  leftTeam: (program: string, worker: string) => `${program}: ${worker} left the team`,
  note: (type: NoteType, lateEntry: boolean) => `${NOTE_TYPE_WORDS[type]} note${lateEntry ? ' (late entry)' : ''}`,
  incidentReported: (type: IncidentType, severity: IncidentSeverity) => `${INCIDENT_TYPE_WORDS[type]} reported (${severity.toLowerCase()} severity)`,
  incidentReviewed: (type: IncidentType) => `${INCIDENT_TYPE_WORDS[type]} reviewed by a supervisor`,
  consentRecorded: (recipient: ConsentRecipientKind) => `Consent to share with ${RECIPIENT_WORDS[recipient]} recorded`,
  consentRevoked: (recipient: ConsentRecipientKind) => `Consent to share with ${RECIPIENT_WORDS[recipient]} revoked`,
};
