import { Field, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IncidentVersionInput } from './incident-version.input';

@InputType()
export class ReviewIncidentInput extends IncidentVersionInput {
  @Field({ description: "The reviewer's findings and sign-off" })
  @RequiredText(LONG_TEXT_MAX_LENGTH)
  reviewNote: string;
}
