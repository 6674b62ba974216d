import { defaultReviewDueOn, renewalDueOn } from './care-plan-due-dates';

describe('care plan due dates', () => {
  const rules = {
    requiredInstruments: [
      { instrumentCode: 'PSYCHOSOCIAL', renewEveryMonths: 12 },
      { instrumentCode: 'SOCIAL_NEEDS', renewEveryMonths: null },
    ],
  };

  it('renews a required instrument its period after it was completed, clamped to the month end', () => {
    expect(renewalDueOn(rules, 'PSYCHOSOCIAL', '2027-03-15')).toBe('2028-03-15');
    expect(renewalDueOn(rules, 'PSYCHOSOCIAL', '2028-02-29')).toBe('2029-02-28');
  });

  it('has no renewal for an instrument required once, or not required', () => {
    expect(renewalDueOn(rules, 'SOCIAL_NEEDS', '2027-03-15')).toBeNull();
    expect(renewalDueOn(rules, 'FUNCTIONAL', '2027-03-15')).toBeNull();
  });

  it("reviews a plan the program's review months after it takes effect, or never when the program sets none", () => {
    expect(defaultReviewDueOn('2027-01-31', { reviewMonths: 6 })).toBe('2027-07-31');
    expect(defaultReviewDueOn('2027-08-31', { reviewMonths: 6 })).toBe('2028-02-29');
    expect(defaultReviewDueOn('2027-01-31', { reviewMonths: null })).toBeNull();
  });
});
