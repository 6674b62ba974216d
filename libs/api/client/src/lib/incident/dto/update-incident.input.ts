import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { IncidentFields } from './incident-fields.input';
import { IncidentVersionInput } from './incident-version.input';

/**
 * Changes only the fields given, while the report awaits review. A field left out stays as
 * it is; null clears an optional field and is refused for a required one.
 */
@InputType()
export class UpdateIncidentInput extends IntersectionType(
  IncidentVersionInput,
  PartialType(IncidentFields, { skipNullProperties: false, omitDefaultValues: true }),
) {}
