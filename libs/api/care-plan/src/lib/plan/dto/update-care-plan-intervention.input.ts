import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { CarePlanInterventionRefInput } from './care-plan-part.input';
import { InterventionFields } from './intervention-fields.input';

/** Changes only the fields given; null clears an optional field. */
@InputType()
export class UpdateCarePlanInterventionInput extends IntersectionType(
  CarePlanInterventionRefInput,
  PartialType(InterventionFields, { skipNullProperties: false, omitDefaultValues: true }),
) {}
