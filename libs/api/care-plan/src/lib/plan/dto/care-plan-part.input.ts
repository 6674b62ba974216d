import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CarePlanVersionInput } from './care-plan-version.input';

/** A goal of a plan, named with the plan's version. */
@InputType()
export class CarePlanGoalRefInput extends CarePlanVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'goalId must be a goal id' })
  goalId: string;
}

/** An objective of a plan, named with the plan's version. */
@InputType()
export class CarePlanObjectiveRefInput extends CarePlanVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'objectiveId must be an objective id' })
  objectiveId: string;
}

/** An intervention of a plan, named with the plan's version. */
@InputType()
export class CarePlanInterventionRefInput extends CarePlanVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'interventionId must be an intervention id' })
  interventionId: string;
}
