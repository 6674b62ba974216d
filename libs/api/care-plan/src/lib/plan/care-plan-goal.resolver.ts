import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CarePlanGoalModel, CarePlanInterventionModel, CarePlanObjectiveModel } from './care-plan-goal.model';
import { CarePlanPartsLoader } from './care-plan-parts.loader';

/** A goal's objectives and interventions, batched across the page's goals. */
@Resolver(() => CarePlanGoalModel)
export class CarePlanGoalResolver {
  constructor(private readonly parts: CarePlanPartsLoader) {}

  @ResolveField('objectives', () => [CarePlanObjectiveModel])
  async objectives(@Parent() goal: CarePlanGoalModel) {
    return (await this.parts.objectives(goal.id)).map(CarePlanObjectiveModel.from);
  }

  @ResolveField('interventions', () => [CarePlanInterventionModel])
  async interventions(@Parent() goal: CarePlanGoalModel) {
    return (await this.parts.interventions(goal.id)).map(CarePlanInterventionModel.from);
  }
}
