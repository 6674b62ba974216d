/** The queries that list referrals or count them, refreshed after a referral is created or sent. */
export const REFERRAL_LIST_QUERIES = ['Referrals', 'ReferralStatusCounts'];

/**
 * What a move refreshes: only the counts. The moved referral's row updates in the cache from the
 * mutation's answer, and refetching the lists would fold a paged list back to its first page.
 */
export const REFERRAL_COUNT_QUERIES = ['ReferralStatusCounts'];
