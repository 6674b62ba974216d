import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsInt, IsUUID, Min } from 'class-validator';

@InputType()
export class RevokeConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'consentId must be a consent id' })
  consentId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: 'Why, in the words of the client or the worker' })
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  reason: string;
}
