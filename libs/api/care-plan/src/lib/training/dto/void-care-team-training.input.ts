import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names a training at the version the caller last saw, with why it changes. */
@InputType()
export class VoidCareTeamTrainingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'trainingId must be a training id' })
  trainingId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: 'Why (entered by mistake, the wrong client)' })
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  reason: string;
}
