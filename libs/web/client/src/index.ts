import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';

/** Translations of the client feature, registered by the app under `client`. */
export const clientResources: FeatureResources = { namespace: 'client', en, es };
