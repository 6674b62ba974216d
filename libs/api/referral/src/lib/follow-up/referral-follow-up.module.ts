import { Module } from '@nestjs/common';
import { AuditModule } from '@waymark/api/audit';
import { IdentityModule } from '@waymark/api/identity';
import { ReferralModule } from '../referral/referral.module';
import { ReferralExpiry } from './referral-expiry';
import { ReferralFacts } from './referral-facts';
import { ReferralRecordFacts } from './referral-record-facts';

/** What keeps a referral from being forgotten: expiry of unanswered referrals and the facts the worklist plans follow-ups from. */
@Module({
  imports: [ReferralModule, AuditModule, IdentityModule],
  providers: [ReferralFacts, ReferralExpiry, ReferralRecordFacts],
  // ReferralRecordFacts: the referrals whole, for the integration views (FHIR).
  exports: [ReferralFacts, ReferralExpiry, ReferralRecordFacts],
})
export class ReferralFollowUpModule {}
