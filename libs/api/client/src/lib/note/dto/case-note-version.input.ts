import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names a note at the version the caller last saw. */
@InputType()
export class CaseNoteVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'noteId must be a case note id' })
  noteId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
