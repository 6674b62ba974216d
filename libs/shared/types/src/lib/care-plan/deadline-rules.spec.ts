import { EMPTY_PROGRAM_RULES, type ProgramDeadlines } from '../client/program-rules';
import {
  assessmentDueOn,
  dedupePeriod,
  followUpDates,
  followUpWindowDays,
  implementationPlanDueOn,
  INITIAL_PERIOD,
  monitoringDueOn,
  nextVisitOn,
  parseRenewalPeriod,
  planDueOn,
  renewalPeriod,
  renewedInstrumentCode,
  taskDedupeKey,
  visitNoteTypes,
} from './deadline-rules';

const deadlines = (patch: Partial<ProgramDeadlines>): ProgramDeadlines => ({ ...EMPTY_PROGRAM_RULES.deadlines, ...patch });

describe('deadline rules', () => {
  it('keys a generated task by kind, subject and period', () => {
    expect(taskDedupeKey('ASSESSMENT_DUE', 'e1', renewalPeriod('FUNCTIONAL', '2028-01-31'))).toBe('ASSESSMENT_DUE:e1:FUNCTIONAL@2028-01-31');
    expect(taskDedupeKey('FOLLOW_UP', 'e1', '2027-03-02')).toBe('FOLLOW_UP:e1:2027-03-02');
  });

  it('reads the renewed instrument back from a renewal key only', () => {
    expect(renewedInstrumentCode(taskDedupeKey('ASSESSMENT_DUE', 'e1', renewalPeriod('SOCIAL_NEEDS', '2028-01-31')))).toBe('SOCIAL_NEEDS');
    expect(renewedInstrumentCode(taskDedupeKey('ASSESSMENT_DUE', 'e1', INITIAL_PERIOD))).toBeNull();
    expect(renewedInstrumentCode(taskDedupeKey('FOLLOW_UP', 'e1', '2027-03-02'))).toBeNull();
    expect(renewedInstrumentCode(null)).toBeNull();
    expect(parseRenewalPeriod(renewalPeriod('FUNCTIONAL', '2028-01-31'))).toEqual({ instrumentCode: 'FUNCTIONAL', dueOn: '2028-01-31' });
    expect(parseRenewalPeriod(INITIAL_PERIOD)).toBeNull();
    expect(dedupePeriod('PLAN_APPROVAL:p1:2027-01-02T10:00:00.000Z')).toBe('2027-01-02T10:00:00.000Z');
  });

  it('counts the first assessment, the plan and the implementation plan in days, and sets none without a rule', () => {
    const rules = deadlines({ assessmentDays: 30, planDays: 14, implementationPlanDays: 10 });
    expect(assessmentDueOn('2027-01-20', rules)).toBe('2027-02-19');
    expect(planDueOn('2027-02-10', rules)).toBe('2027-02-24');
    expect(implementationPlanDueOn('2027-12-28', rules)).toBe('2028-01-07');
    expect(assessmentDueOn('2027-01-20', deadlines({}))).toBeNull();
    expect(planDueOn('2027-01-20', deadlines({}))).toBeNull();
    expect(implementationPlanDueOn('2027-01-20', deadlines({}))).toBeNull();
  });

  it('schedules the next visit from the last one, or from enrollment when there was none since', () => {
    const monthly = { everyDays: 30, kind: 'HOME_VISIT' as const };
    expect(nextVisitOn(monthly, '2027-01-01', null)).toBe('2027-01-31');
    expect(nextVisitOn(monthly, '2027-01-01', '2027-01-20')).toBe('2027-02-19');
    expect(nextVisitOn(monthly, '2027-01-01', '2026-12-20')).toBe('2027-01-31');
    expect(visitNoteTypes(monthly)).toEqual(['HOME_VISIT']);
    expect(visitNoteTypes({ everyDays: 7, kind: 'ANY_CONTACT' })).toBeNull();
  });

  it("places monitoring in the current period's review, month ends kept", () => {
    expect(monitoringDueOn('2026-11-30', 3, '2026-12-01')).toBe('2027-02-28');
    expect(monitoringDueOn('2026-11-30', 3, '2027-02-28')).toBe('2027-02-28');
    expect(monitoringDueOn('2026-11-30', 3, '2027-03-01')).toBe('2027-05-30');
  });

  it('follows up at each distinct day after closure, in order', () => {
    expect(followUpDates('2027-01-31', [90, 30, 60, 30])).toEqual(['2027-03-02', '2027-04-01', '2027-05-01']);
    expect(followUpWindowDays([30, 90, 60])).toBe(90);
    expect(followUpWindowDays([])).toBe(0);
  });
});
