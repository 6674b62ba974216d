import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ReportFilter } from '@waymark/shared/types';
import { ReportBars } from './report-bars';
import { monthLabel } from './report-format';
import { ReportSection } from './report-section';
import { lateNoteReportQuery } from './reports.operations';

/** Signed notes by month of the contact, and how many were signed later than the agency allows. */
export function LateNoteReportSection({ filter }: { filter: ReportFilter }) {
  const { t, i18n } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(lateNoteReportQuery, { variables: { filter } });
  const report = data?.lateNoteReport;
  const rows = (report?.months ?? []).map(({ month, signed, late }) => ({ month: monthLabel(month, i18n.language), onTime: signed - late, late, signed }));
  const columns = [
    { key: 'month', label: t('reports.notes.month') },
    { key: 'signed', label: t('reports.notes.signed') },
    { key: 'onTime', label: t('reports.notes.onTime') },
    { key: 'late', label: t('reports.notes.late') },
  ];
  return (
    <ReportSection
      id="late-notes"
      title={t('reports.notes.title')}
      description={report ? t('reports.notes.description', { count: report.lateEntryDays }) : t('reports.notes.descriptionLoading')}
      filter={filter}
      state={{ loading, error, refetch }}
      empty={!report?.signed}
      summary={report ? t('reports.notes.summary', { late: report.late, count: report.signed }) : null}
      chart={
        <ReportBars
          label={t('reports.notes.chart')}
          data={rows}
          dataKey="month"
          stacked
          series={[
            { name: 'onTime', label: t('reports.notes.onTime'), color: 'teal.6' },
            { name: 'late', label: t('reports.notes.late'), color: 'red.6' },
          ]}
        />
      }
      tables={[
        {
          caption: t('reports.notes.caption'),
          columns,
          rows,
          totals: report ? { month: t('reports.total'), signed: report.signed, onTime: report.signed - report.late, late: report.late } : undefined,
        },
      ]}
    />
  );
}
