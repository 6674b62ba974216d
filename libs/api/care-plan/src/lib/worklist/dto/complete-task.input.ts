import { Field, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { TaskVersionInput } from './task-version.input';

@InputType()
export class CompleteTaskInput extends TaskVersionInput {
  @Field(() => String, { nullable: true })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  note?: string | null;
}
