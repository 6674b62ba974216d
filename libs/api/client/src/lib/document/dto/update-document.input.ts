import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { DocumentFields } from './document-fields.input';
import { DocumentVersionInput } from './document-version.input';

/** Changes only the fields given; null clears the expiry and is refused for a required field. */
@InputType()
export class UpdateDocumentInput extends IntersectionType(
  DocumentVersionInput,
  PartialType(DocumentFields, { skipNullProperties: false, omitDefaultValues: true }),
) {}
