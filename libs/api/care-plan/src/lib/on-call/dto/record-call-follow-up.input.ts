import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsInt, IsUUID, Min } from 'class-validator';

@InputType()
export class RecordCallFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'callId must be a call id' })
  callId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: 'What the follow-up found and did' })
  @RequiredText(LONG_TEXT_MAX_LENGTH)
  note: string;
}
