import { Module } from '@nestjs/common';
import { ReferralFacts } from './referral-facts';

/** What keeps a referral from being forgotten: expiry of unanswered referrals and the facts the worklist plans follow-ups from. */
@Module({
  providers: [ReferralFacts],
  exports: [ReferralFacts],
})
export class ReferralFollowUpModule {}
