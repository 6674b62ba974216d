export { ReferralsModule } from './lib/referrals.module';
export { ReferralFacts } from './lib/follow-up/referral-facts';
export type { ReferralFact } from './lib/follow-up/referral-fact';
export { ReferralEvent, type ReferralChangedEvent } from './lib/referral/referral-events';
export { referralLine } from './lib/referral/referral-timeline-lines';
export { ReferralExpiry } from './lib/follow-up/referral-expiry';
// The demo seed makes resource lists as a case manager would.
export { ResourceListService } from './lib/resource-list/resource-list.service';
export { ResourceListDeliveryService } from './lib/resource-list/delivery/resource-list-delivery.service';
export { ReferralRecordFacts, type ReferralRecordFact } from './lib/follow-up/referral-record-facts';
