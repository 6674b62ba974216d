export { ReferralsModule } from './lib/referrals.module';
export { ReferralFacts } from './lib/follow-up/referral-facts';
export type { ReferralFact } from './lib/follow-up/referral-fact';
