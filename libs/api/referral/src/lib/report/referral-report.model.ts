import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReferralReportCounts', { description: 'Referrals sent in the period, where they stand, and the days from sending to the service: the appointment kept, or the completion when no appointment was recorded' })
export class ReferralReportCounts {
  @Field(() => Int)
  sent: number;

  @Field(() => Int, { description: 'Still under way (sent, received, accepted, scheduled, no-show)' })
  open: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int, { description: 'Completed, need met' })
  needMet: number;

  @Field(() => Int, { description: 'Completed, need partly met' })
  partlyMet: number;

  @Field(() => Int, { description: 'Completed, need not met' })
  notMet: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int)
  expired: number;

  @Field(() => Float, { nullable: true, description: 'Median days from sending to service (the appointment, else the completion), of the completed ones (one decimal)' })
  medianDaysToService: number | null;

  @Field(() => Float, { nullable: true, description: 'Average days from sending to service (the appointment, else the completion), of the completed ones (one decimal)' })
  averageDaysToService: number | null;
}

@ObjectType('ReferralReportCategory')
export class ReferralReportCategory extends ReferralReportCounts {
  @Field(() => String, { nullable: true, description: "A need's taxonomy code; null for referrals that named no need. A referral naming two needs counts under each" })
  category: string | null;
}

@ObjectType('ReferralReport', { description: 'Referrals sent in the period by category (need), outcome and time to service; the worker: who sent it' })
export class ReferralReportModel {
  @Field(() => [ReferralReportCategory], { description: 'Most sent first' })
  categories: ReferralReportCategory[];

  @Field(() => ReferralReportCounts, { description: 'Every referral once' })
  totals: ReferralReportCounts;
}
