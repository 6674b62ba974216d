import { addDays, daysBetween, localized, type PlanTemplateGoal } from '@waymark/shared/types';
import type { CarePlanRow, CareRecords, GoalRow } from './care-seed-rows';
import type { Random } from './random';
import { seedId } from './seed-ids';

/** A goal as planned for a client: the typical goal, where it came from, and its keys across versions. */
export interface PlannedGoal {
  goal: PlanTemplateGoal;
  goalKey: string;
  objectiveKeys: string[];
  sourceAssessmentId: string | null;
  sourceNeed: string | null;
  /** How the client is getting on with it: what the progress entries show. */
  course: 'improving' | 'steady' | 'stalled';
  /** Met by the time a later version was written. */
  achieved: boolean;
}

const PROGRESS_NOTES: Record<number, readonly string[]> = {
  1: ['Lost ground this month; the plan was discussed again with the client.', 'Setback: missed every appointment since the last visit.'],
  2: ['No progress yet; barriers talked through and next steps agreed.', 'Still waiting to hear back; client discouraged.', 'Did not follow through this month; will try a smaller step.'],
  3: ['Some progress: first steps done.', 'Working on it; one of the two steps done.', 'Started, with reminders from the case manager.'],
  4: ['Good progress; client did most of it on their own.', 'Nearly there; keeping at it.'],
  5: ['Achieved. Client proud of the result.', 'Goal met; keeping it up without help.'],
};

/** Ratings of a goal month by month, by how the client is getting on. */
function ratings(r: Random, course: PlannedGoal['course'], count: number): number[] {
  const out: number[] = [];
  let rating = course === 'stalled' ? 2 : r.int(2, 3);
  for (let i = 0; i < count; i++) {
    if (course === 'improving' && r.chance(0.45)) rating = Math.min(5, rating + 1);
    if (course === 'steady' && r.chance(0.3)) rating = Math.min(4, Math.max(2, rating + r.pick([-1, 1])));
    if (course === 'stalled') rating = r.pick([1, 2, 2, 2]);
    out.push(rating);
  }
  return out;
}

/** A plan version with its goals, objectives and interventions, worded in the client's language. */
export function addPlanVersion(records: CareRecords, plan: CarePlanRow, goals: PlannedGoal[], language: string): void {
  const say = (text: { en: string; es?: string } | null | undefined) => (text ? localized(text, language === 'Spanish' ? 'es' : 'en') : null);
  records.plans.push(plan);
  goals.forEach((planned, position) => {
    const goalId = seedId();
    const { goal } = planned;
    const row: GoalRow = {
      id: goalId,
      care_plan_id: plan.id,
      goal_key: planned.goalKey,
      position,
      statement: say(goal.statement) as string,
      domain: goal.domain,
      priority: goal.priority,
      target_date: addDays(plan.effective_on, goal.priority === 'HIGH' ? 90 : 180),
      status: planned.achieved ? 'ACHIEVED' : 'IN_PROGRESS',
      source_assessment_id: planned.sourceAssessmentId,
      source_need: planned.sourceNeed,
      created_at: plan.created_at,
    };
    records.goals.push(row);
    const objectiveIds = goal.objectives.map((objective, i) => {
      const id = seedId();
      records.objectives.push({
        id,
        goal_id: goalId,
        objective_key: planned.objectiveKeys[i],
        position: i,
        description: say(objective.description) as string,
        measure: say(objective.measure) as string,
        baseline: say(objective.baseline),
        target: say(objective.target) as string,
        target_date: row.target_date,
        created_at: plan.created_at,
      });
      return id;
    });
    goal.interventions.forEach((intervention, i) => {
      records.interventions.push({
        id: seedId(),
        goal_id: goalId,
        objective_id: objectiveIds[Math.min(i, objectiveIds.length - 1)] ?? null,
        position: i,
        description: say(intervention.description) as string,
        responsible: intervention.responsible,
        responsible_name: null,
        frequency: say(intervention.frequency),
        created_at: plan.created_at,
      });
    });
  });
  // Later versions add a check-in between visits to the first goal: what a comparison shows.
  if (plan.revision > 1 && goals.length) {
    const first = records.goals[records.goals.length - goals.length];
    records.interventions.push({
      id: seedId(),
      goal_id: first.id,
      objective_id: null,
      position: goals[0].goal.interventions.length,
      description: say({ en: 'Check in by phone between visits', es: 'Llamar por teléfono entre visitas' }) as string,
      responsible: 'CASE_MANAGER',
      responsible_name: null,
      frequency: say({ en: 'Weekly', es: 'Semanal' }),
      created_at: plan.created_at,
    });
  }
}

/**
 * Monthly progress on each goal from the plan's start until today (the latest year of it),
 * keyed by goal so it follows the goal across versions. Returns each goal's latest rating.
 */
export function addProgress(
  r: Random,
  records: CareRecords,
  where: { clientId: string; enrollmentId: string; workerId: string; from: string; today: string },
  goals: PlannedGoal[],
): Map<string, number> {
  const latest = new Map<string, number>();
  const months = Math.min(12, Math.floor(daysBetween(where.from, where.today) / 30));
  if (months < 1) return latest;
  for (const planned of goals) {
    const series = ratings(r, planned.course, months);
    series.forEach((rating, i) => {
      const recordedOn = addDays(where.today, -(months - 1 - i) * 30 - r.int(1, 6));
      if (recordedOn < where.from) return;
      records.progress.push({
        id: seedId(),
        client_id: where.clientId,
        enrollment_id: where.enrollmentId,
        goal_key: planned.goalKey,
        objective_key: r.chance(0.5) ? planned.objectiveKeys[0] : null,
        rating,
        note: r.pick(PROGRESS_NOTES[rating]),
        recorded_on: recordedOn,
        recorded_by: where.workerId,
        created_at: new Date(`${recordedOn}T${String(16 + r.int(0, 6)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00Z`),
      });
      latest.set(planned.goalKey, rating);
    });
  }
  return latest;
}
