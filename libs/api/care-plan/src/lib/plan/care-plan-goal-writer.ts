import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadInputError } from '@waymark/api/common';
import { type FoundNeed, PLAN_GOALS_MAX } from '@waymark/shared/types';
import { CarePlanRecords } from './care-plan-records';
import type { CarePlanEntity } from './entities/care-plan.entity';
import type { GoalDraft } from './goal-drafts';

/** Writes whole goals (with objectives and interventions) into a plan, after the goals it has. */
@Injectable()
export class CarePlanGoalWriter {
  constructor(private readonly records: CarePlanRecords) {}

  /** Inserts the goals at the end of the plan; returns how many the plan had before. */
  async append(plan: CarePlanEntity, drafts: readonly GoalDraft[], field = 'goals'): Promise<number> {
    const existing = await this.records.goals.find({ where: { carePlanId: plan.id }, order: { position: 'DESC' } });
    if (existing.length + drafts.length > PLAN_GOALS_MAX) {
      throw new BadInputError(`A plan has at most ${PLAN_GOALS_MAX} goals.`, [{ field, message: `would exceed ${PLAN_GOALS_MAX} goals` }]);
    }
    let position = existing.length ? existing[0].position : 0;
    for (const draft of drafts) {
      position += 1;
      await this.insert(plan, draft, position);
    }
    return existing.length;
  }

  private async insert(plan: CarePlanEntity, { objectives, interventions, goalKey, ...fields }: GoalDraft, position: number): Promise<void> {
    const { goals, objectives: objectiveRows, interventions: interventionRows } = this.records;
    const goal = await goals.save(goals.create({ ...fields, carePlanId: plan.id, position, goalKey: goalKey ?? randomUUID() }));
    const objectiveIds: string[] = [];
    for (const [i, { objectiveKey, ...objective }] of objectives.entries()) {
      const row = await objectiveRows.save(objectiveRows.create({ ...objective, goalId: goal.id, position: i + 1, objectiveKey: objectiveKey ?? randomUUID() }));
      objectiveIds.push(row.id);
    }
    for (const [i, { objectiveIndex, ...intervention }] of interventions.entries()) {
      await interventionRows.save(
        interventionRows.create({ ...intervention, goalId: goal.id, objectiveId: objectiveIndex === null ? null : objectiveIds[objectiveIndex], position: i + 1 }),
      );
    }
  }

  /** The needs of a completed assessment named by `sources`; an unknown source is refused by its index. */
  static chooseNeeds(needs: readonly FoundNeed[], sources: readonly string[], field: string): FoundNeed[] {
    const unknown = sources.map((source, i) => ({ source, i })).filter(({ source }) => !needs.some((need) => need.source === source));
    if (unknown.length) {
      throw new BadInputError(
        'The assessment found no such need.',
        unknown.map(({ i }) => ({ field: `${field}.${i}`, message: 'is not a need the assessment found' })),
      );
    }
    return needs.filter((need) => sources.includes(need.source));
  }
}
