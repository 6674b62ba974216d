import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsInt, IsNotEmpty, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { Trim } from '../../network/dto/text-transforms';

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
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'reason must not be empty' })
  @MaxLength(MEDIUM_TEXT_MAX_LENGTH)
  reason: string;
}
