import { Module } from '@nestjs/common';
import { ReferralFollowUpModule } from './follow-up/referral-follow-up.module';
import { ReferralModule } from './referral/referral.module';
import { ReferralReportModule } from './report/referral-report.module';
import { ResourceListModule } from './resource-list/resource-list.module';

/** The referral context: closed-loop referrals, within an agency and across agencies on Waymark. */
@Module({
  imports: [ReferralModule, ReferralFollowUpModule, ResourceListModule, ReferralReportModule],
  // The worklist (care planning) plans follow-ups from the referral facts.
  exports: [ReferralFollowUpModule],
})
export class ReferralsModule {}
