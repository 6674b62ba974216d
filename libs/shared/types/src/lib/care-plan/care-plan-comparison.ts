/**
 * What changed between two versions of a care plan, for the version compare both the API
 * and the SPA show. Goals and objectives keep their key from one version to the next, so
 * they are matched by key; interventions have no key and are matched by their wording within
 * their goal (reworded is shown as one removed and one added). Positions are left out: moving
 * a goal up the list changes nothing the client agreed to.
 */
export const PlanChange = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  CHANGED: 'CHANGED',
  UNCHANGED: 'UNCHANGED',
} as const;
export type PlanChange = (typeof PlanChange)[keyof typeof PlanChange];
export const PLAN_CHANGES = Object.values(PlanChange);

export interface ComparableObjective {
  objectiveKey: string;
  description: string;
  measure: string;
  baseline: string | null;
  target: string;
  targetDate: string | null;
}

export interface ComparableIntervention {
  /** The key of the objective it serves, or null when it serves the goal as a whole. */
  objectiveKey: string | null;
  description: string;
  responsible: string;
  responsibleName: string | null;
  frequency: string | null;
}

export interface ComparableGoal {
  goalKey: string;
  statement: string;
  domain: string;
  priority: string;
  targetDate: string | null;
  status: string;
  objectives: ComparableObjective[];
  interventions: ComparableIntervention[];
}

export interface ComparablePlan {
  effectiveOn: string;
  reviewDueOn: string | null;
  clientVision: string | null;
  strengths: string | null;
  goals: ComparableGoal[];
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ObjectiveComparison {
  objectiveKey: string;
  change: PlanChange;
  description: string;
  fields: FieldChange[];
}

export interface InterventionComparison {
  change: PlanChange;
  description: string;
  fields: FieldChange[];
}

export interface GoalComparison {
  goalKey: string;
  change: PlanChange;
  statement: string;
  fields: FieldChange[];
  objectives: ObjectiveComparison[];
  interventions: InterventionComparison[];
}

export interface PlanComparison {
  /** The plan's own fields (dates, vision, strengths) that differ. */
  fields: FieldChange[];
  /** The later version's goals in its order, then the goals it dropped. */
  goals: GoalComparison[];
}

const PLAN_FIELDS = ['effectiveOn', 'reviewDueOn', 'clientVision', 'strengths'] as const;
const GOAL_FIELDS = ['statement', 'domain', 'priority', 'targetDate', 'status'] as const;
const OBJECTIVE_FIELDS = ['description', 'measure', 'baseline', 'target', 'targetDate'] as const;
const INTERVENTION_FIELDS = ['objectiveKey', 'responsible', 'responsibleName', 'frequency'] as const;

function fieldChanges<T extends object>(before: T | undefined, after: T | undefined, fields: readonly (keyof T & string)[]): FieldChange[] {
  const value = (row: T | undefined, field: keyof T) => (row ? ((row[field] as string | null | undefined) ?? null) : null);
  return fields
    .map((field) => ({ field, before: value(before, field), after: value(after, field) }))
    .filter((change) => change.before !== change.after);
}

function changeOf(before: unknown, after: unknown, fields: FieldChange[], nestedChanged = false): PlanChange {
  if (!before) return PlanChange.ADDED;
  if (!after) return PlanChange.REMOVED;
  return fields.length || nestedChanged ? PlanChange.CHANGED : PlanChange.UNCHANGED;
}

/** Pairs rows of two versions by key: the later version's order first, then the rows it dropped. */
function pairByKey<T>(before: T[], after: T[], keyOf: (row: T) => string): [T | undefined, T | undefined][] {
  const earlier = new Map(before.map((row) => [keyOf(row), row]));
  const later = new Set(after.map(keyOf));
  return [
    ...after.map((row): [T | undefined, T | undefined] => [earlier.get(keyOf(row)), row]),
    ...before.filter((row) => !later.has(keyOf(row))).map((row): [T | undefined, T | undefined] => [row, undefined]),
  ];
}

const wording = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Pairs interventions by wording, each earlier one used once, in order. */
function pairInterventions(before: ComparableIntervention[], after: ComparableIntervention[]) {
  const unused = [...before];
  const pairs: [ComparableIntervention | undefined, ComparableIntervention | undefined][] = after.map((row) => {
    const i = unused.findIndex((candidate) => wording(candidate.description) === wording(row.description));
    return [i < 0 ? undefined : unused.splice(i, 1)[0], row];
  });
  return [...pairs, ...unused.map((row): [ComparableIntervention, undefined] => [row, undefined])];
}

function compareGoal(before: ComparableGoal | undefined, after: ComparableGoal | undefined): GoalComparison {
  const goal = (after ?? before) as ComparableGoal;
  const objectives = pairByKey(before?.objectives ?? [], after?.objectives ?? [], (o) => o.objectiveKey).map(([b, a]) => {
    const fields = fieldChanges(b, a, OBJECTIVE_FIELDS);
    return { objectiveKey: (a ?? b)?.objectiveKey as string, change: changeOf(b, a, fields), description: (a ?? b)?.description as string, fields };
  });
  const interventions = pairInterventions(before?.interventions ?? [], after?.interventions ?? []).map(([b, a]) => {
    const fields = fieldChanges(b, a, INTERVENTION_FIELDS);
    return { change: changeOf(b, a, fields), description: (a ?? b)?.description as string, fields };
  });
  const fields = fieldChanges(before, after, GOAL_FIELDS);
  const nested = [...objectives, ...interventions].some((row) => row.change !== PlanChange.UNCHANGED);
  return { goalKey: goal.goalKey, change: changeOf(before, after, fields, nested), statement: goal.statement, fields, objectives, interventions };
}

/** The differences from version `from` to version `to` (either may be the later one). */
export function compareCarePlans(from: ComparablePlan, to: ComparablePlan): PlanComparison {
  return {
    fields: fieldChanges(from, to, PLAN_FIELDS),
    goals: pairByKey(from.goals, to.goals, (goal) => goal.goalKey).map(([before, after]) => compareGoal(before, after)),
  };
}
