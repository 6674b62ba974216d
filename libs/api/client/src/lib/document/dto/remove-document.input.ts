import { Field, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { DocumentVersionInput } from './document-version.input';

@InputType()
export class RemoveDocumentInput extends DocumentVersionInput {
  @Field({ description: 'Why it is removed (uploaded to the wrong client, a duplicate); kept in the audit trail' })
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  reason: string;
}
