import { InputType, IntersectionType } from '@nestjs/graphql';
import { CarePlanGoalRefInput } from './care-plan-part.input';
import { ObjectiveFields } from './objective-fields.input';

/** An objective added at the end of a goal of a draft plan. */
@InputType()
export class AddCarePlanObjectiveInput extends IntersectionType(CarePlanGoalRefInput, ObjectiveFields) {}
