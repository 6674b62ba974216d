import type { AuditAction } from './audit-action';

/** FHIR R4 AuditEvent.action (http://hl7.org/fhir/audit-event-action): create, read, update, delete, execute. */
export const AUDIT_FHIR_ACTION: Record<AuditAction, 'C' | 'R' | 'U' | 'D' | 'E'> = {
  READ: 'R',
  CREATE: 'C',
  UPDATE: 'U',
  DELETE: 'D',
  EXPORT: 'R',
  IMPORT: 'C',
  LOGIN: 'E',
  LOGIN_FAILED: 'E',
  LOGOUT: 'E',
  LOCKOUT: 'E',
  TOKEN_REUSE: 'E',
  PASSWORD_CHANGE: 'U',
  VERIFY: 'E',
  BREAK_GLASS: 'R',
  API_CALL: 'E',
};

/** What an API_CALL event's outcome says of an operation let through and answered without error. */
const CALL_SUCCEEDED = ['ADMITTED', 'OK'];

/** Actions that record something refused or gone wrong: a failed sign-in, a lockout, a refresh token reused. */
export const FAILED_AUDIT_ACTIONS: readonly AuditAction[] = ['LOGIN_FAILED', 'LOCKOUT', 'TOKEN_REUSE'];

/**
 * FHIR R4 AuditEvent.outcome (http://hl7.org/fhir/audit-event-outcome): '0' success, '4' minor
 * failure (the request was refused or failed; nothing broke). An API call fails when any of its
 * operations' outcomes (`callOutcome`, '; '-separated) is an error code.
 */
export function auditFhirOutcome(action: string, callOutcome: string | null): '0' | '4' {
  if ((FAILED_AUDIT_ACTIONS as readonly string[]).includes(action)) return '4';
  if (action === 'API_CALL' && callOutcome !== null && callOutcome.split('; ').some((outcome) => !CALL_SUCCEEDED.includes(outcome))) return '4';
  return '0';
}

/**
 * FHIR R4 AuditEvent.type in DICOM (http://dicom.nema.org/resources/ontology/DCM): what kind of
 * event each action is. Reads and changes of a record are Patient Record events.
 */
export const AUDIT_FHIR_TYPE: Record<AuditAction, { code: string; display: string }> = {
  READ: { code: '110110', display: 'Patient Record' },
  CREATE: { code: '110110', display: 'Patient Record' },
  UPDATE: { code: '110110', display: 'Patient Record' },
  DELETE: { code: '110110', display: 'Patient Record' },
  EXPORT: { code: '110106', display: 'Export' },
  IMPORT: { code: '110107', display: 'Import' },
  LOGIN: { code: '110114', display: 'User Authentication' },
  LOGIN_FAILED: { code: '110114', display: 'User Authentication' },
  LOGOUT: { code: '110114', display: 'User Authentication' },
  LOCKOUT: { code: '110113', display: 'Security Alert' },
  TOKEN_REUSE: { code: '110113', display: 'Security Alert' },
  PASSWORD_CHANGE: { code: '110136', display: 'Security Roles Changed' },
  VERIFY: { code: '110100', display: 'Application Activity' },
  BREAK_GLASS: { code: '110127', display: 'Emergency Override Started' },
  API_CALL: { code: '110100', display: 'Application Activity' },
};
