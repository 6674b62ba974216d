import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';

/** Translations of the care-plan feature, registered by the app under `carePlan`. */
export const carePlanResources: FeatureResources = { namespace: 'carePlan', en, es };
