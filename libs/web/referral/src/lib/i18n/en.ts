import { referralEn } from './referral-en';

/** English texts of the referral feature (namespace `referral`), one key per area. */
export const en = {
  referral: referralEn,
};
