import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { ClientContactFields } from './client-contact-fields.input';
import { ClientContactVersionInput } from './client-contact-version.input';

/**
 * Changes only the fields given. A field left out stays as it is; null clears an optional
 * field and is refused for a required one (kind, relationship, name, the yes/no answers).
 */
@InputType()
export class UpdateClientContactInput extends IntersectionType(
  ClientContactVersionInput,
  PartialType(ClientContactFields, { skipNullProperties: false, omitDefaultValues: true }),
) {}
