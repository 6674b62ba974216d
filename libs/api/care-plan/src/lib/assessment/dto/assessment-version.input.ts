import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names an assessment at the version the caller last saw. */
@InputType()
export class AssessmentVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'assessmentId must be an assessment id' })
  assessmentId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
