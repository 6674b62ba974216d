import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '@waymark/web/client';
import type { ReportFilter } from '@waymark/shared/types';
import { ReportBars } from './report-bars';
import { ReportSection } from './report-section';
import { caseloadReportQuery } from './reports.operations';

const COUNTS = ['total', 'active', 'pending', 'onHold', 'closedSince', 'lowRisk', 'moderateRisk', 'highRisk'] as const;

/** Caseload size and mix: each worker's clients on the period's last day by status, with their risk. */
export function CaseloadReportSection({ filter }: { filter: ReportFilter }) {
  const { t, i18n } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(caseloadReportQuery, { variables: { filter } });
  const report = data?.caseloadReport;
  const columns = [{ key: 'worker', label: t('reports.caseload.worker') }, ...COUNTS.map((key) => ({ key, label: t(`reports.caseload.${key}`) }))];
  const rows = (report?.workers ?? []).map(({ worker, ...counts }) => ({ worker: worker.displayName, ...Object.fromEntries(COUNTS.map((key) => [key, counts[key]])) }));
  const asOf = report ? formatCalendarDate(report.asOf, i18n.language) : '';
  return (
    <ReportSection
      id="caseload"
      title={t('reports.caseload.title')}
      description={t('reports.caseload.description')}
      filter={filter}
      state={{ loading, error, refetch }}
      empty={!report?.totals.total}
      summary={report ? t('reports.caseload.summary', { count: report.totals.total, date: asOf, high: report.totals.highRisk }) : null}
      chart={
        <ReportBars
          label={t('reports.caseload.chart', { date: asOf })}
          data={rows}
          dataKey="worker"
          stacked
          series={[
            { name: 'active', label: t('reports.caseload.active'), color: 'teal.6' },
            { name: 'pending', label: t('reports.caseload.pending'), color: 'cyan.4' },
            { name: 'onHold', label: t('reports.caseload.onHold'), color: 'yellow.5' },
            { name: 'closedSince', label: t('reports.caseload.closedSince'), color: 'gray.5' },
          ]}
        />
      }
      tables={[
        {
          caption: t('reports.caseload.caption', { date: asOf }),
          columns,
          rows,
          totals: report ? { worker: t('reports.total'), ...Object.fromEntries(COUNTS.map((key) => [key, report.totals[key]])) } : undefined,
        },
      ]}
    />
  );
}
