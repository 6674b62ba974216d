import { Module } from '@nestjs/common';
import { ReferralFollowUpModule } from './follow-up/referral-follow-up.module';
import { ReferralModule } from './referral/referral.module';

/** The referral context: closed-loop referrals, within an agency and across agencies on Waymark. */
@Module({
  imports: [ReferralModule, ReferralFollowUpModule],
})
export class ReferralsModule {}
