import { InputType, IntersectionType } from '@nestjs/graphql';
import { CarePlanGoalRefInput } from './care-plan-part.input';
import { InterventionFields } from './intervention-fields.input';

/** An intervention added at the end of a goal of a draft plan. */
@InputType()
export class AddCarePlanInterventionInput extends IntersectionType(CarePlanGoalRefInput, InterventionFields) {}
