import { planTemplateProblems } from './plan-template';

const goal = {
  statement: { en: 'Find a stable home', es: 'Encontrar un hogar estable' },
  domain: 'HOUSING',
  priority: 'HIGH',
  objectives: [{ description: { en: 'Apply for housing' }, measure: { en: 'applications' }, target: { en: '3' } }],
  interventions: [{ description: { en: 'Help with applications' }, responsible: 'CASE_MANAGER', frequency: { en: 'weekly' } }],
};

describe('planTemplateProblems', () => {
  it('accepts well-formed goals', () => {
    expect(planTemplateProblems([goal])).toEqual([]);
    expect(planTemplateProblems([])).toEqual([]);
  });

  it('names each problem by its path', () => {
    const bad = [
      { ...goal, statement: { es: 'Solo español' }, domain: 'MOON' },
      { ...goal, objectives: [{ description: { en: 'x' }, measure: { en: 'y' } }], interventions: [{ description: { en: 'z' }, responsible: 'NEIGHBOUR' }] },
    ];
    expect(planTemplateProblems(bad)).toEqual([
      { field: 'goals.0.statement', message: 'needs English text ({ en, es? })' },
      { field: 'goals.0.domain', message: 'must be a life domain' },
      { field: 'goals.1.objectives.0.target', message: 'is required' },
      { field: 'goals.1.interventions.0.responsible', message: expect.stringContaining('must be one of') },
    ]);
  });

  it('refuses what is not a list of goals', () => {
    expect(planTemplateProblems({ goal })).toEqual([{ field: 'goals', message: 'must be a list' }]);
    expect(planTemplateProblems([{ ...goal, objectives: 'none' }])).toEqual([{ field: 'goals.0.objectives', message: 'must be a list' }]);
  });
});
