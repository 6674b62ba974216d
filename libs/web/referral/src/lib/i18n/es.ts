import type { en } from './en';
import { referralEs } from './referral-es';
import { resourceListsEs } from '../resource-lists/resource-lists-es';

export const es: typeof en = {
  referral: referralEs,
  resourceLists: resourceListsEs,
};
