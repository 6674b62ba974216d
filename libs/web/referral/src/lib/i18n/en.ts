import { referralEn } from './referral-en';
import { resourceListsEn } from '../resource-lists/resource-lists-en';

/** English texts of the referral feature (namespace `referral`), one key per area. */
export const en = {
  referral: referralEn,
  resourceLists: resourceListsEn,
};
