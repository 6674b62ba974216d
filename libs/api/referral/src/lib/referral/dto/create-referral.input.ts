import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { ReferralFieldsInput } from './referral-fields.input';

@InputType()
export class CreateReferralInput extends ReferralFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => ID, { description: "The client's enrollment the referral is made from" })
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Send at once instead of keeping a draft' })
  @IsOptional()
  @IsBoolean()
  send?: boolean | null;
}
