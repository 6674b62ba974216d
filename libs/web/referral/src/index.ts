import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';

/** Translations of the referral feature, registered by the app under `referral`. */
export const referralResources: FeatureResources = { namespace: 'referral', en, es };
