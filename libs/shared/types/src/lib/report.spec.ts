import { REPORT_PERIOD_MAX_DAYS, reportMonths, reportPeriod, reportPeriodProblem } from './report';

describe('reportPeriod', () => {
  it('gives the quarter around today, the one before it, and the twelve months ending today', () => {
    expect(reportPeriod('THIS_QUARTER', '2026-11-24')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(reportPeriod('LAST_QUARTER', '2026-11-24')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(reportPeriod('LAST_QUARTER', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(reportPeriod('LAST_12_MONTHS', '2026-11-24')).toEqual({ from: '2025-11-25', to: '2026-11-24' });
  });
});

describe('reportPeriodProblem', () => {
  it('refuses a period ending before it starts and one longer than two years, and takes exactly two', () => {
    expect(reportPeriodProblem('2025-12-31', '2025-10-01')).toBe('FROM_AFTER_TO');
    expect(reportPeriodProblem('2024-01-01', '2025-12-31')).toBeNull();
    expect(reportPeriodProblem('2023-12-31', '2025-12-31')).toBe('TOO_LONG');
    expect(REPORT_PERIOD_MAX_DAYS).toBe(731);
    expect(reportPeriodProblem('2025-10-01', '2025-10-01')).toBeNull();
  });
});

describe('reportMonths', () => {
  it('lists every month the period touches, across a year end', () => {
    expect(reportMonths('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(reportMonths('2025-10-31', '2025-10-31')).toEqual(['2025-10']);
  });
});
