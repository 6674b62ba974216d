import type { IncidentSeverity, IncidentType } from '@waymark/shared/types';

const LABELS: Record<IncidentType, string> = {
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

/** The timeline's lines for an incident: its type and severity, never what happened. */
export const incidentSummary = {
  reported: (incident: { incidentType: IncidentType; severity: IncidentSeverity }) =>
    `${LABELS[incident.incidentType]} reported (${incident.severity.toLowerCase()} severity)`,
  reviewed: (incident: { incidentType: IncidentType }) => `${LABELS[incident.incidentType]} reviewed by a supervisor`,
};
