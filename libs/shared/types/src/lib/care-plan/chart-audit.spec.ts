import { complianceRate, quarterDays, quarterOf } from './chart-audit';

describe('chart-audit quarters and compliance', () => {
  it('names the days of a quarter, leap years included, and refuses what is not a quarter', () => {
    expect(quarterDays('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterDays('2028-Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterDays('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterDays('2026-Q5')).toBeNull();
    expect(quarterDays('Q4-2026')).toBeNull();
  });

  it('finds the quarter of a day', () => {
    expect(quarterOf('2026-11-24')).toBe('2026-Q4');
    expect(quarterOf('2027-03-31')).toBe('2027-Q1');
    expect(quarterOf('2027-04-01')).toBe('2027-Q2');
  });

  it('rates PASS of PASS + FAIL, null when nothing applies', () => {
    expect(complianceRate(8, 6)).toBe(57);
    expect(complianceRate(0, 0)).toBeNull();
  });
});
