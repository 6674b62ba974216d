import { Module } from '@nestjs/common';

/** What keeps a referral from being forgotten: expiry of unanswered referrals and the facts the worklist plans follow-ups from. */
@Module({})
export class ReferralFollowUpModule {}
