import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { ReferralFieldsInput } from './referral-fields.input';

/** A draft's fields as a whole, at the version last seen, and whether to send it; a sent referral no longer changes (moveReferral does). */
@InputType()
export class UpdateReferralInput extends ReferralFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a referral id' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Send the draft as saved, in the same transaction: if the send is refused, the edit is not kept either',
  })
  @IsOptional()
  @IsBoolean()
  send?: boolean | null;
}
