import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { CarePlanObjectiveRefInput } from './care-plan-part.input';
import { ObjectiveFields } from './objective-fields.input';

/** Changes only the fields given; null clears an optional field. */
@InputType()
export class UpdateCarePlanObjectiveInput extends IntersectionType(
  CarePlanObjectiveRefInput,
  PartialType(ObjectiveFields, { skipNullProperties: false, omitDefaultValues: true }),
) {}
