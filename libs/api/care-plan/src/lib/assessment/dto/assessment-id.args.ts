import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class AssessmentIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an assessment id' })
  id: string;
}
