import { chartAuditsEn } from '../chart-audits/chart-audits-en';
import { trailEn } from '../trail/trail-en';

/** English texts of the audit feature (namespace `audit`), one key per area. */
export const en = {
  trail: trailEn,
  chartAudits: chartAuditsEn,
};
