import { Injectable } from '@nestjs/common';
import { groupedBy, requestLoader } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { CarePlanGoalEntity } from './entities/care-plan-goal.entity';
import { CarePlanInterventionEntity } from './entities/care-plan-intervention.entity';
import { CarePlanObjectiveEntity } from './entities/care-plan-objective.entity';

const GOALS = Symbol('carePlan.goals');
const OBJECTIVES = Symbol('carePlan.objectives');
const INTERVENTIONS = Symbol('carePlan.interventions');

/**
 * The goals of a page of plans, and their objectives and interventions, one query per kind
 * however many plans and goals the page has. Each in position order.
 */
@Injectable()
export class CarePlanPartsLoader {
  constructor(
    private readonly tenant: TenantScope,
    private readonly cls: ClsService,
  ) {}

  goals(carePlanId: string): Promise<CarePlanGoalEntity[]> {
    return this.goalLoader().load(carePlanId);
  }

  /** The goals of a plan read together with it (in position order): asking for them costs no query. */
  knownGoals(carePlanId: string, goals: CarePlanGoalEntity[]): void {
    this.goalLoader().prime(carePlanId, goals);
  }

  private goalLoader() {
    return requestLoader<string, CarePlanGoalEntity[]>(this.cls, GOALS, async (ids) => {
      const rows = await this.tenant.repository(CarePlanGoalEntity).find({ where: { carePlanId: In([...ids]) }, order: { position: 'ASC' } });
      return groupedBy(ids, rows, (row) => row.carePlanId);
    });
  }

  objectives(goalId: string): Promise<CarePlanObjectiveEntity[]> {
    return requestLoader<string, CarePlanObjectiveEntity[]>(this.cls, OBJECTIVES, async (ids) => {
      const rows = await this.tenant.repository(CarePlanObjectiveEntity).find({ where: { goalId: In([...ids]) }, order: { position: 'ASC' } });
      return groupedBy(ids, rows, (row) => row.goalId);
    }).load(goalId);
  }

  interventions(goalId: string): Promise<CarePlanInterventionEntity[]> {
    return requestLoader<string, CarePlanInterventionEntity[]>(this.cls, INTERVENTIONS, async (ids) => {
      const rows = await this.tenant.repository(CarePlanInterventionEntity).find({ where: { goalId: In([...ids]) }, order: { position: 'ASC' } });
      return groupedBy(ids, rows, (row) => row.goalId);
    }).load(goalId);
  }
}
