import { Field, ID, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsUUID } from 'class-validator';

@InputType()
export class AddCaseNoteAddendumInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'noteId must be a case note id' })
  noteId: string;

  @Field()
  @RequiredText(LONG_TEXT_MAX_LENGTH)
  text: string;
}
