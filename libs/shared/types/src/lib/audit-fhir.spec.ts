import { auditFhirOutcome } from './audit-fhir';

describe('auditFhirOutcome', () => {
  it('marks a refused sign-in, a lockout and a reused token as failures', () => {
    expect(['LOGIN_FAILED', 'LOCKOUT', 'TOKEN_REUSE'].map((action) => auditFhirOutcome(action, null))).toEqual(['4', '4', '4']);
    expect(['READ', 'LOGIN', 'UPDATE'].map((action) => auditFhirOutcome(action, null))).toEqual(['0', '0', '0']);
  });

  it('marks an API call failed when any of its operations was refused or failed', () => {
    expect(auditFhirOutcome('API_CALL', 'ADMITTED')).toBe('0');
    expect(auditFhirOutcome('API_CALL', 'OK; OK')).toBe('0');
    expect(auditFhirOutcome('API_CALL', 'FORBIDDEN')).toBe('4');
    expect(auditFhirOutcome('API_CALL', 'OK; BAD_USER_INPUT')).toBe('4');
  });
});
