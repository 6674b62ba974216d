import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CaseNoteFields } from './case-note-fields.input';

@InputType()
export class CreateCaseNoteInput extends CaseNoteFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;
}
