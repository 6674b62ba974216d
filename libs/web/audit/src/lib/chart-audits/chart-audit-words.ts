import type { ChartAuditReviewFieldsFragment } from '@waymark/web/core';

export type ChartAuditItem = ChartAuditReviewFieldsFragment['audit']['items'][number];
export type AuditedChart = ChartAuditReviewFieldsFragment['charts'][number];
export type ChartAnswer = AuditedChart['answers'][number];

/** A checklist item's label in the reader's language. */
export function itemLabel(item: Pick<ChartAuditItem, 'labelEn' | 'labelEs'> | undefined, language: string): string {
  if (!item) return '';
  return language.startsWith('es') ? item.labelEs : item.labelEn;
}

/** How many of a chart's items have an answer. */
export const answeredOf = (chart: AuditedChart): number => chart.answers.filter((a) => a.result).length;
