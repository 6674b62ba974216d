import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ReportFilter } from '@waymark/shared/types';
import { ReportBars } from './report-bars';
import { ReportSection } from './report-section';
import { goalReportQuery } from './reports.operations';

const COUNTS = ['achieved', 'inProgress', 'discontinued'] as const;

/** Goals achieved and not, by life domain, from the plans in force in the period. */
export function GoalReportSection({ filter }: { filter: ReportFilter }) {
  const { t } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(goalReportQuery, { variables: { filter } });
  const report = data?.goalReport;
  const rows = (report?.domains ?? []).map(({ domain, achieved, inProgress, discontinued }) => ({ domain: t(`plan.domain.${domain}`), achieved, inProgress, discontinued }));
  const totals = report?.totals;
  const count = totals ? totals.achieved + totals.inProgress + totals.discontinued : 0;
  return (
    <ReportSection
      id="goals"
      title={t('reports.goals.title')}
      description={t('reports.goals.description')}
      filter={filter}
      state={{ loading, error, refetch }}
      empty={!count}
      summary={totals ? t('reports.goals.summary', { achieved: totals.achieved, count }) : null}
      chart={
        <ReportBars
          label={t('reports.goals.chart')}
          data={rows}
          dataKey="domain"
          stacked
          series={[
            { name: 'achieved', label: t('reports.goals.achieved'), color: 'teal.6' },
            { name: 'inProgress', label: t('reports.goals.inProgress'), color: 'blue.4' },
            { name: 'discontinued', label: t('reports.goals.discontinued'), color: 'gray.5' },
          ]}
        />
      }
      tables={[
        {
          caption: t('reports.goals.caption'),
          columns: [{ key: 'domain', label: t('reports.goals.domain') }, ...COUNTS.map((key) => ({ key, label: t(`reports.goals.${key}`) }))],
          rows,
          totals: totals ? { domain: t('reports.total'), ...totals } : undefined,
        },
      ]}
    />
  );
}
