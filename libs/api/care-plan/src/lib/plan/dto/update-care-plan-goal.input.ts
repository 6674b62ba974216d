import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { CarePlanGoalRefInput } from './care-plan-part.input';
import { GoalFields } from './goal-fields.input';

/** Changes only the fields given; null clears the target date. */
@InputType()
export class UpdateCarePlanGoalInput extends IntersectionType(
  CarePlanGoalRefInput,
  PartialType(GoalFields, { skipNullProperties: false, omitDefaultValues: true }),
) {}
