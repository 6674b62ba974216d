import { Field, ID, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsUUID } from 'class-validator';

@InputType()
export class CorrectAssessmentInput {
  @Field(() => ID, { description: 'A COMPLETED assessment' })
  @IsUUID('all', { message: 'assessmentId must be an assessment id' })
  assessmentId: string;

  @Field({ description: 'Why it is corrected; kept with the correction and on the timeline' })
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  reason: string;
}
