import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { ReferralFieldsInput } from './referral-fields.input';

/** A draft's fields as a whole, at the version last seen; a sent referral no longer changes (moveReferral does). */
@InputType()
export class UpdateReferralInput extends ReferralFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a referral id' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
