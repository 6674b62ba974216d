import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PlanChange } from '@waymark/shared/types';
import { PlanChange as PlanChangeEnum } from './care-plan-enums';
import { CarePlanModel } from './care-plan.model';

@ObjectType('FieldChange')
export class FieldChangeModel {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType('ObjectiveComparison')
export class ObjectiveComparisonModel {
  @Field(() => ID)
  objectiveKey: string;

  @Field(() => PlanChangeEnum)
  change: PlanChange;

  @Field()
  description: string;

  @Field(() => [FieldChangeModel])
  fields: FieldChangeModel[];
}

@ObjectType('InterventionComparison')
export class InterventionComparisonModel {
  @Field(() => PlanChangeEnum)
  change: PlanChange;

  @Field()
  description: string;

  @Field(() => [FieldChangeModel])
  fields: FieldChangeModel[];
}

@ObjectType('GoalComparison')
export class GoalComparisonModel {
  @Field(() => ID)
  goalKey: string;

  @Field(() => PlanChangeEnum)
  change: PlanChange;

  @Field()
  statement: string;

  @Field(() => [FieldChangeModel])
  fields: FieldChangeModel[];

  @Field(() => [ObjectiveComparisonModel])
  objectives: ObjectiveComparisonModel[];

  @Field(() => [InterventionComparisonModel])
  interventions: InterventionComparisonModel[];
}

/** What changed from one version of a plan to another. */
@ObjectType('CarePlanComparison')
export class CarePlanComparisonModel {
  @Field(() => CarePlanModel)
  from: CarePlanModel;

  @Field(() => CarePlanModel)
  to: CarePlanModel;

  @Field(() => [FieldChangeModel], { description: "The plan's own fields (dates, vision, strengths) that differ" })
  fields: FieldChangeModel[];

  @Field(() => [GoalComparisonModel], { description: "The `to` version's goals in its order, then the goals it does not have" })
  goals: GoalComparisonModel[];
}
