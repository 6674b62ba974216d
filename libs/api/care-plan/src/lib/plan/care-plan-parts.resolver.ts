import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AllowSignedIn } from '@waymark/api/common';
import { CarePlanPartsService } from './care-plan-parts.service';
import { CarePlanModel } from './care-plan.model';
import { AddCarePlanGoalInput } from './dto/add-care-plan-goal.input';
import { AddCarePlanInterventionInput } from './dto/add-care-plan-intervention.input';
import { AddCarePlanObjectiveInput } from './dto/add-care-plan-objective.input';
import { AddGoalsFromNeedsInput } from './dto/add-goals-from-needs.input';
import { CarePlanGoalRefInput, CarePlanInterventionRefInput, CarePlanObjectiveRefInput } from './dto/care-plan-part.input';
import { UpdateCarePlanGoalInput } from './dto/update-care-plan-goal.input';
import { UpdateCarePlanInterventionInput } from './dto/update-care-plan-intervention.input';
import { UpdateCarePlanObjectiveInput } from './dto/update-care-plan-objective.input';

const DRAFT_ONLY = 'Takes the plan’s version and returns the plan with it bumped; past DRAFT, LOCKED_RECORD';

/** Editing a draft plan's goals, objectives and interventions. Each returns the whole plan. */
@Resolver(() => CarePlanModel)
export class CarePlanPartsResolver {
  constructor(private readonly parts: CarePlanPartsService) {}

  @Mutation(() => CarePlanModel, { description: `Add a goal at the end. ${DRAFT_ONLY}` })
  @AllowSignedIn()
  addCarePlanGoal(@Args('input') input: AddCarePlanGoalInput) {
    return this.parts.addGoal(input);
  }

  @Mutation(() => CarePlanModel, { description: DRAFT_ONLY })
  @AllowSignedIn()
  updateCarePlanGoal(@Args('input') input: UpdateCarePlanGoalInput) {
    return this.parts.updateGoal(input);
  }

  @Mutation(() => CarePlanModel, { description: `Remove a goal with its objectives and interventions. ${DRAFT_ONLY}` })
  @AllowSignedIn()
  removeCarePlanGoal(@Args('input') input: CarePlanGoalRefInput) {
    return this.parts.removeGoal(input);
  }

  @Mutation(() => CarePlanModel, { description: `One goal per chosen need of a completed assessment. ${DRAFT_ONLY}` })
  @AllowSignedIn()
  addGoalsFromNeeds(@Args('input') input: AddGoalsFromNeedsInput) {
    return this.parts.addGoalsFromNeeds(input);
  }

  @Mutation(() => CarePlanModel, { description: DRAFT_ONLY })
  @AllowSignedIn()
  addCarePlanObjective(@Args('input') input: AddCarePlanObjectiveInput) {
    return this.parts.addObjective(input);
  }

  @Mutation(() => CarePlanModel, { description: DRAFT_ONLY })
  @AllowSignedIn()
  updateCarePlanObjective(@Args('input') input: UpdateCarePlanObjectiveInput) {
    return this.parts.updateObjective(input);
  }

  @Mutation(() => CarePlanModel, { description: `Interventions that served it then serve the goal as a whole. ${DRAFT_ONLY}` })
  @AllowSignedIn()
  removeCarePlanObjective(@Args('input') input: CarePlanObjectiveRefInput) {
    return this.parts.removeObjective(input);
  }

  @Mutation(() => CarePlanModel, { description: DRAFT_ONLY })
  @AllowSignedIn()
  addCarePlanIntervention(@Args('input') input: AddCarePlanInterventionInput) {
    return this.parts.addIntervention(input);
  }

  @Mutation(() => CarePlanModel, { description: DRAFT_ONLY })
  @AllowSignedIn()
  updateCarePlanIntervention(@Args('input') input: UpdateCarePlanInterventionInput) {
    return this.parts.updateIntervention(input);
  }

  @Mutation(() => CarePlanModel, { description: DRAFT_ONLY })
  @AllowSignedIn()
  removeCarePlanIntervention(@Args('input') input: CarePlanInterventionRefInput) {
    return this.parts.removeIntervention(input);
  }
}
