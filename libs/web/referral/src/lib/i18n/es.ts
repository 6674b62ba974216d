import type { en } from './en';
import { referralEs } from './referral-es';

export const es: typeof en = {
  referral: referralEs,
};
