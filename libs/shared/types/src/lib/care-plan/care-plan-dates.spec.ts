import { datesBeforeEffective } from './care-plan-dates';

describe('datesBeforeEffective', () => {
  it('names each date before the plan takes effect; the day itself and empty dates are fine', () => {
    expect(
      datesBeforeEffective('2027-03-01', [
        { field: 'targetDate', date: '2027-02-28' },
        { field: 'goals.1.targetDate', date: '2027-03-01' },
        { field: 'reviewDueOn', date: null },
        { field: 'goals.2.objectives.0.targetDate', date: '2026-12-31' },
      ]),
    ).toEqual([
      { field: 'targetDate', message: "is before the plan's effective date 2027-03-01" },
      { field: 'goals.2.objectives.0.targetDate', message: "is before the plan's effective date 2027-03-01" },
    ]);
  });
});
