import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';

/** Translations of the audit feature (the audit trail and chart audits), registered by the app under `audit`. */
export const auditResources: FeatureResources = { namespace: 'audit', en, es };
export { ChartAuditsPage } from './lib/chart-audits/chart-audits-page';
export { ChartAuditPage } from './lib/chart-audits/chart-audit-page';
export { AuditTrailPage } from './lib/trail/audit-trail-page';
export { accessLogTab } from './lib/trail/client-viewers-tab-extension';
