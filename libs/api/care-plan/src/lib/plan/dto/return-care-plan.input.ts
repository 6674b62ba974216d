import { Field, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { CarePlanVersionInput } from './care-plan-version.input';

@InputType()
export class ReturnCarePlanInput extends CarePlanVersionInput {
  @Field({ description: 'What the author should change before submitting again' })
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  note: string;
}
