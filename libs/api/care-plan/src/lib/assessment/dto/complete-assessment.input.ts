import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate } from '@waymark/api/common';
import { AssessmentVersionInput } from './assessment-version.input';

@InputType()
export class CompleteAssessmentInput extends AssessmentVersionInput {
  @Field({ description: 'The day it was done (YYYY-MM-DD), not in the future' })
  @IsCalendarDate()
  completedOn: string;
}
