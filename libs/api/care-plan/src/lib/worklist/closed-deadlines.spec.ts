import type { EnrollmentFact } from '@waymark/api/client';
import { CarePlanStatus, normalizeProgramRules, TaskKind, TaskStatus } from '@waymark/shared/types';
import { closingOf, type UnwantedTask } from './closed-deadlines';
import type { PlanningInput } from './planned-deadlines';

const NOTHING_DONE: PlanningInput['progress'] = { firstAssessmentOn: null, renewals: [], lastApprovedOn: null, activePlan: null, pendingPlans: [], personDirectedPlansReceivedOn: [] };

const input = (progress: Partial<PlanningInput['progress']> = {}, lastVisitOn: string | null = null, visitEveryDays?: number): PlanningInput => ({
  enrollment: { id: 'e1', openedOn: '2027-01-01' } as EnrollmentFact,
  rules: normalizeProgramRules(visitEveryDays ? { visitSchedule: { everyDays: visitEveryDays, kind: 'HOME_VISIT' } } : {}),
  progress: { ...NOTHING_DONE, ...progress },
  lastVisitOn,
  today: '2027-03-01',
});

const task = (kind: TaskKind, period: string, extra: Partial<UnwantedTask> = {}): UnwantedTask => ({ kind, dedupeKey: `${kind}:e1:${period}`, dueOn: '2027-02-01', subjectId: null, ...extra });
const statusOf = (unwanted: UnwantedTask, planning: PlanningInput, plans: [string, CarePlanStatus][] = []) => closingOf(unwanted, planning, new Map(plans)).status;

describe('how a generated task the rules stopped wanting closes', () => {
  it('is done when its work was done', () => {
    expect(statusOf(task(TaskKind.ASSESSMENT_DUE, 'initial'), input({ firstAssessmentOn: '2027-01-20' }))).toBe(TaskStatus.DONE);
    expect(statusOf(task(TaskKind.ASSESSMENT_DUE, 'SOCIAL_NEEDS@2027-02-01'), input({ renewals: [{ instrumentCode: 'SOCIAL_NEEDS', instrumentName: 'Social needs screener', nextDueOn: '2028-02-01' }] }))).toBe(TaskStatus.DONE);
    expect(statusOf(task(TaskKind.PLAN_DUE, 'initial'), input({ lastApprovedOn: '2027-01-30' }))).toBe(TaskStatus.DONE);
    expect(statusOf(task(TaskKind.IMPLEMENTATION_PLAN_DUE, '2027-01-10'), input({ lastApprovedOn: '2027-01-30' }))).toBe(TaskStatus.DONE);
    expect(statusOf(task(TaskKind.PLAN_REVIEW, '2027-02-01', { subjectId: 'p1' }), input(), [['p1', CarePlanStatus.SUPERSEDED]])).toBe(TaskStatus.DONE);
    expect(statusOf(task(TaskKind.PLAN_APPROVAL, 'x', { subjectId: 'p1' }), input(), [['p1', CarePlanStatus.DRAFT]])).toBe(TaskStatus.DONE);
    expect(statusOf(task(TaskKind.VISIT, '2027-02-01'), input({}, '2027-01-25', 30), [])).toBe(TaskStatus.DONE);
  });

  it('is cancelled, saying why, when its subject went away or the rules changed', () => {
    const closedPlan = closingOf(task(TaskKind.PLAN_REVIEW, '2027-02-01', { subjectId: 'p1' }), input(), new Map([['p1', CarePlanStatus.CLOSED]]));
    expect(closedPlan).toEqual({ status: TaskStatus.CANCELLED, note: 'The care plan it concerned was closed or withdrawn.' });
    expect(statusOf(task(TaskKind.PLAN_APPROVAL, 'x', { subjectId: 'p1' }), input())).toBe(TaskStatus.CANCELLED);
    expect(closingOf(task(TaskKind.ASSESSMENT_DUE, 'initial'), input(), new Map())).toEqual({ status: TaskStatus.CANCELLED, note: 'The program’s rules no longer ask for it.' });
    expect(statusOf(task(TaskKind.ASSESSMENT_DUE, 'SOCIAL_NEEDS@2027-02-01'), input())).toBe(TaskStatus.CANCELLED);
    expect(statusOf(task(TaskKind.IMPLEMENTATION_PLAN_DUE, '2027-02-10'), input({ lastApprovedOn: '2027-01-30' }))).toBe(TaskStatus.CANCELLED);
    expect(statusOf(task(TaskKind.VISIT, '2027-02-01'), input({}, null, 60))).toBe(TaskStatus.CANCELLED);
    expect(statusOf(task(TaskKind.VISIT, '2027-02-01'), input({}, '2027-01-25'))).toBe(TaskStatus.CANCELLED);
  });
});
