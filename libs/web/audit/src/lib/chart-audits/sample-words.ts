import type { TFunction } from 'i18next';
import type { ChartAuditSummaryFieldsFragment } from '@waymark/web/core';

/** "10 at random", "5 by rule: high-risk clients". */
export function sampleWords(audit: Pick<ChartAuditSummaryFieldsFragment, 'sampleRule' | 'sampleSize'>, t: TFunction): string {
  return audit.sampleRule
    ? t('chartAudits.sampleRule', { count: audit.sampleSize, rule: t(`chartAudits.rule.${audit.sampleRule}`) })
    : t('chartAudits.sampleRandom', { count: audit.sampleSize });
}
