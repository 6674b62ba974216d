/** The queries that list referrals or count them, refreshed after a referral is created or moves. */
export const REFERRAL_LIST_QUERIES = ['Referrals', 'ReferralStatusCounts'];
