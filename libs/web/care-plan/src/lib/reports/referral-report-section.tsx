import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '@waymark/web/referral';
import type { ReportFilter } from '@waymark/shared/types';
import { ReportBars } from './report-bars';
import { ReportSection } from './report-section';
import { referralReportQuery } from './reports.operations';

const COUNTS = ['sent', 'open', 'completed', 'needMet', 'partlyMet', 'notMet', 'declined', 'cancelled', 'expired', 'medianDaysToService', 'averageDaysToService'] as const;

/** Referrals sent in the period by category (the needs they name), how they ended, and the days to service. */
export function ReferralReportSection({ filter }: { filter: ReportFilter }) {
  const { t } = useTranslation('carePlan');
  const taxonomy = useTaxonomy();
  const { data, loading, error, refetch } = useQuery(referralReportQuery, { variables: { filter } });
  const report = data?.referralReport;
  const pick = (counts: Record<(typeof COUNTS)[number], number | null>) => Object.fromEntries(COUNTS.map((key) => [key, counts[key]]));
  const categoryOf = (code: string | null | undefined) => (code ? taxonomy.nameOf(code) : t('reports.referrals.noNeed'));
  const rows = (report?.categories ?? []).map((row) => ({ category: categoryOf(row.category), ...pick(row) }));
  const totals = report?.totals;
  return (
    <ReportSection
      id="referrals"
      title={t('reports.referrals.title')}
      description={t('reports.referrals.description')}
      filter={filter}
      state={{ loading, error, refetch }}
      empty={!totals?.sent}
      summary={
        totals
          ? totals.medianDaysToService === null || totals.medianDaysToService === undefined
            ? t('reports.referrals.summaryNoService', { count: totals.sent })
            : t('reports.referrals.summary', { count: totals.sent, completed: totals.completed, median: totals.medianDaysToService })
          : null
      }
      chart={
        <ReportBars
          label={t('reports.referrals.chart')}
          data={(report?.categories ?? []).map(({ category, sent, completed }) => ({ category: categoryOf(category), sent, completed }))}
          dataKey="category"
          series={[
            { name: 'sent', label: t('reports.referrals.sent'), color: 'blue.6' },
            { name: 'completed', label: t('reports.referrals.completed'), color: 'teal.6' },
          ]}
        />
      }
      tables={[
        {
          caption: t('reports.referrals.caption'),
          columns: [{ key: 'category', label: t('reports.referrals.category') }, ...COUNTS.map((key) => ({ key, label: t(`reports.referrals.${key}`) }))],
          rows,
          totals: totals ? { category: t('reports.referrals.allReferrals'), ...pick(totals) } : undefined,
        },
      ]}
    />
  );
}
