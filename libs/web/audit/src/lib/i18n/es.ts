import { chartAuditsEs } from '../chart-audits/chart-audits-es';
import { trailEs } from '../trail/trail-es';
import type { en } from './en';

/** Spanish texts of the audit feature (namespace `audit`), with the same keys as the English. */
export const es: typeof en = {
  trail: trailEs,
  chartAudits: chartAuditsEs,
};
