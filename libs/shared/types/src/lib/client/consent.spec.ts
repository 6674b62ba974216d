import { calendarDay, consentState } from './consent';

describe('consentState', () => {
  const terms = { effectiveFrom: '2025-03-01', effectiveUntil: '2025-08-31' };

  it('is in force from its first day through its last, both included', () => {
    expect(consentState(terms, '2025-02-28')).toBe('PENDING');
    expect(consentState(terms, '2025-03-01')).toBe('ACTIVE');
    expect(consentState(terms, '2025-08-31')).toBe('ACTIVE');
    expect(consentState(terms, '2025-09-01')).toBe('EXPIRED');
  });

  it('has no end without an end date, and a revoked consent is revoked whatever its dates', () => {
    expect(consentState({ effectiveFrom: '2025-03-01', effectiveUntil: null }, '2099-01-01')).toBe('ACTIVE');
    expect(consentState({ ...terms, revokedAt: '2025-04-02T10:00:00Z' }, '2025-02-01')).toBe('REVOKED');
  });

  it('names the local calendar day', () => {
    expect(calendarDay(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});
