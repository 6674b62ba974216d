import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReferralStatus } from './referral-enums';

@ObjectType('ReferralStatusCount', { description: "How many of a box's referrals stand in a status (a board's column)" })
export class ReferralStatusCountModel {
  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => Int)
  count: number;
}
