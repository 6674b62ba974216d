import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class AssessmentComparisonArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'assessmentId must be an assessment id' })
  assessmentId: string;

  @Field(() => ID, { nullable: true, description: "Default: the client's completed one of the same instrument code before it" })
  @IsOptional()
  @IsUUID('all', { message: 'previousId must be an assessment id' })
  previousId?: string | null;
}
