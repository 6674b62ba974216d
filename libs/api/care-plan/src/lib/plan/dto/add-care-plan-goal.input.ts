import { InputType, IntersectionType } from '@nestjs/graphql';
import { CarePlanVersionInput } from './care-plan-version.input';
import { GoalFields } from './goal-fields.input';

/** A goal added at the end of a draft plan. */
@InputType()
export class AddCarePlanGoalInput extends IntersectionType(CarePlanVersionInput, GoalFields) {}
