import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { CaseNoteFields } from './case-note-fields.input';
import { CaseNoteVersionInput } from './case-note-version.input';

/**
 * Changes only the fields given. A field left out stays as it is; null clears an optional
 * field and is refused for a required one (noteType, occurredAt, narrative).
 */
@InputType()
export class UpdateCaseNoteInput extends IntersectionType(
  CaseNoteVersionInput,
  PartialType(CaseNoteFields, { skipNullProperties: false, omitDefaultValues: true }),
) {}
