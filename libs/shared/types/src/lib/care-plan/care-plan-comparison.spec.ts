import { type ComparableGoal, type ComparablePlan, compareCarePlans } from './care-plan-comparison';

const goal = (goalKey: string, extra: Partial<ComparableGoal> = {}): ComparableGoal => ({
  goalKey,
  statement: `Goal ${goalKey}`,
  domain: 'HOUSING',
  priority: 'HIGH',
  targetDate: null,
  status: 'IN_PROGRESS',
  objectives: [],
  interventions: [],
  ...extra,
});

const plan = (goals: ComparableGoal[], extra: Partial<ComparablePlan> = {}): ComparablePlan => ({
  effectiveOn: '2027-01-01',
  reviewDueOn: null,
  clientVision: null,
  strengths: null,
  goals,
  ...extra,
});

const objective = (objectiveKey: string, target = '5 nights') => ({ objectiveKey, description: `Objective ${objectiveKey}`, measure: 'nights', baseline: null, target, targetDate: null });
const intervention = (description: string, frequency: string | null = 'weekly') => ({ objectiveKey: null, description, responsible: 'CASE_MANAGER', responsibleName: null, frequency });

describe('compareCarePlans', () => {
  it('matches goals by key: kept, changed, added and dropped, the later version first', () => {
    const from = plan([goal('a'), goal('b'), goal('c')]);
    const to = plan([goal('d'), goal('a'), goal('b', { priority: 'LOW', statement: 'Keep my flat' })]);
    const { goals } = compareCarePlans(from, to);
    expect(goals.map((g) => [g.goalKey, g.change])).toEqual([
      ['d', 'ADDED'],
      ['a', 'UNCHANGED'],
      ['b', 'CHANGED'],
      ['c', 'REMOVED'],
    ]);
    expect(goals[2].fields).toEqual([
      { field: 'statement', before: 'Goal b', after: 'Keep my flat' },
      { field: 'priority', before: 'HIGH', after: 'LOW' },
    ]);
    expect(goals[2].statement).toBe('Keep my flat');
    expect(goals[3].statement).toBe('Goal c');
  });

  it('marks a goal changed when only an objective or intervention changed', () => {
    const from = plan([goal('a', { objectives: [objective('o1'), objective('o2')], interventions: [intervention('Call the landlord')] })]);
    const to = plan([goal('a', { objectives: [objective('o1', '7 nights'), objective('o3')], interventions: [intervention('call the  landlord', 'monthly'), intervention('Visit')] })]);
    const [compared] = compareCarePlans(from, to).goals;
    expect(compared.change).toBe('CHANGED');
    expect(compared.fields).toEqual([]);
    expect(compared.objectives.map((o) => [o.objectiveKey, o.change])).toEqual([
      ['o1', 'CHANGED'],
      ['o3', 'ADDED'],
      ['o2', 'REMOVED'],
    ]);
    expect(compared.objectives[0].fields).toEqual([{ field: 'target', before: '5 nights', after: '7 nights' }]);
    // Interventions are matched by their wording (case and spacing aside).
    expect(compared.interventions.map((i) => [i.description, i.change])).toEqual([
      ['call the  landlord', 'CHANGED'],
      ['Visit', 'ADDED'],
    ]);
    expect(compared.interventions[0].fields).toEqual([{ field: 'frequency', before: 'weekly', after: 'monthly' }]);
  });

  it("reports the plan's own fields, and nothing for a version compared with itself", () => {
    const from = plan([goal('a')], { clientVision: 'A home', reviewDueOn: '2027-07-01' });
    const to = plan([goal('a')], { clientVision: 'A home and a job', reviewDueOn: '2027-07-01' });
    expect(compareCarePlans(from, to).fields).toEqual([{ field: 'clientVision', before: 'A home', after: 'A home and a job' }]);
    const same = compareCarePlans(from, from);
    expect(same.fields).toEqual([]);
    expect(same.goals.every((g) => g.change === 'UNCHANGED')).toBe(true);
  });

  it('compares in either direction', () => {
    const older = plan([goal('a')]);
    const newer = plan([goal('a'), goal('b')]);
    expect(compareCarePlans(newer, older).goals.map((g) => g.change)).toEqual(['UNCHANGED', 'REMOVED']);
  });
});
