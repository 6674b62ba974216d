import { Field, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { TaskVersionInput } from './task-version.input';

@InputType()
export class CancelTaskInput extends TaskVersionInput {
  @Field({ description: 'Why the task is no longer needed' })
  @RequiredText(LONG_TEXT_MAX_LENGTH)
  reason: string;
}
