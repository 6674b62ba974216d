import type { referralEn } from './referral-en';

export const referralEs: typeof referralEn = {
  nav: 'Referencias',
};
