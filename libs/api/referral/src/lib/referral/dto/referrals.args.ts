import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { REFERRAL_BOXES, REFERRAL_STATUSES, type ReferralBox, type ReferralStatus } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ReferralBox as BoxEnum, ReferralStatus as StatusEnum } from '../referral-enums';

@InputType()
export class ReferralFilter {
  @Field(() => BoxEnum, { description: 'The referrals my agency sent, or those it received' })
  @IsEnum(REFERRAL_BOXES, { message: 'box must be SENT or RECEIVED' })
  box: ReferralBox;

  @Field(() => [StatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(REFERRAL_STATUSES, { each: true, message: 'statuses must be referral statuses' })
  statuses?: ReferralStatus[] | null;

  @Field(() => ID, { nullable: true, description: "One client's referrals (sent box)" })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string | null;
}

@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ReferralFilter)
  @ValidateNested()
  @Type(() => ReferralFilter)
  filter: ReferralFilter;
}

@ArgsType()
export class ReferralBoxArgs {
  @Field(() => BoxEnum)
  @IsEnum(REFERRAL_BOXES, { message: 'box must be SENT or RECEIVED' })
  box: ReferralBox;
}
