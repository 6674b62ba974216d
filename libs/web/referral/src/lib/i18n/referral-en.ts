/** Referrals: the form, a referral's page and timeline, the Sent and Received boards and the inbox. */
export const referralEn = {
  nav: 'Referrals',
};
