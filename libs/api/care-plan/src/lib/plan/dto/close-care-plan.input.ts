import { Field, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { CarePlanVersionInput } from './care-plan-version.input';

@InputType()
export class CloseCarePlanInput extends CarePlanVersionInput {
  @Field({ description: 'Why the plan ends (goals met, discharge, abandoned draft)' })
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  reason: string;
}
