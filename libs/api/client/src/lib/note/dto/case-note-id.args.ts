import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class CaseNoteIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a case note id' })
  id: string;
}
