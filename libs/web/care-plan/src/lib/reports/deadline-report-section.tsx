import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ReportFilter } from '@waymark/shared/types';
import { ReportBars } from './report-bars';
import { monthLabel } from './report-format';
import { ReportSection } from './report-section';
import { deadlineReportQuery } from './reports.operations';

const COUNTS = ['met', 'missed', 'open'] as const;

/** Assessment, plan and visit deadlines met and missed, by kind and by the month they fell due. */
export function DeadlineReportSection({ filter }: { filter: ReportFilter }) {
  const { t, i18n } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(deadlineReportQuery, { variables: { filter } });
  const report = data?.deadlineReport;
  const counted = (first: string, label: string) => [{ key: first, label }, ...COUNTS.map((key) => ({ key, label: t(`reports.deadlines.${key}`) }))];
  const groups = (report?.groups ?? []).map(({ group, met, missed, open }) => ({ group: t(`reports.deadlines.group.${group}`), met, missed, open }));
  const months = (report?.months ?? []).map(({ month, met, missed, open }) => ({ month: monthLabel(month, i18n.language), met, missed, open }));
  const totals = report?.totals;
  return (
    <ReportSection
      id="deadlines"
      title={t('reports.deadlines.title')}
      description={t('reports.deadlines.description')}
      filter={filter}
      state={{ loading, error, refetch }}
      empty={!totals || totals.met + totals.missed + totals.open === 0}
      summary={totals ? t('reports.deadlines.summary', { met: totals.met, missed: totals.missed, count: totals.met + totals.missed }) : null}
      chart={
        <ReportBars
          label={t('reports.deadlines.chart')}
          data={groups}
          dataKey="group"
          stacked
          series={[
            { name: 'met', label: t('reports.deadlines.met'), color: 'teal.6' },
            { name: 'missed', label: t('reports.deadlines.missed'), color: 'red.6' },
            { name: 'open', label: t('reports.deadlines.open'), color: 'gray.5' },
          ]}
        />
      }
      tables={[
        { caption: t('reports.deadlines.groupCaption'), columns: counted('group', t('reports.deadlines.kind')), rows: groups, totals: totals ? { group: t('reports.total'), ...totals } : undefined },
        { caption: t('reports.deadlines.monthCaption'), columns: counted('month', t('reports.deadlines.dueMonth')), rows: months },
      ]}
    />
  );
}
