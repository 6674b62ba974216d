import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { CarePlanFields } from './care-plan-fields.input';
import { CarePlanVersionInput } from './care-plan-version.input';

/** Changes only the fields given, while the plan is a DRAFT; null clears an optional field. */
@InputType()
export class UpdateCarePlanInput extends IntersectionType(
  CarePlanVersionInput,
  PartialType(CarePlanFields, { skipNullProperties: false, omitDefaultValues: true }),
) {}
