import { Field, ID, InputType } from '@nestjs/graphql';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from './text-transforms';

@InputType()
export class AddCaseNoteAddendumInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'noteId must be a case note id' })
  noteId: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'text must not be empty' })
  @MaxLength(LONG_TEXT_MAX_LENGTH)
  text: string;
}
