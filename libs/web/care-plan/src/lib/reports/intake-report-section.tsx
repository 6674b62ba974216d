import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ReportFilter } from '@waymark/shared/types';
import { ReportBars } from './report-bars';
import { monthLabel } from './report-format';
import { ReportSection } from './report-section';
import { intakeReportQuery } from './reports.operations';

/** Intakes and discharges by month, and the reasons given for the discharges. */
export function IntakeReportSection({ filter }: { filter: ReportFilter }) {
  const { t, i18n } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(intakeReportQuery, { variables: { filter } });
  const report = data?.intakeReport;
  const rows = (report?.months ?? []).map((row) => ({ month: monthLabel(row.month, i18n.language), intakes: row.intakes, discharges: row.discharges }));
  const reasons: Record<string, string | number>[] = [
    ...(report?.reasons ?? []).map((row) => ({ reason: row.reason, discharges: row.discharges })),
    ...(report?.otherReasons ? [{ reason: t('reports.intakes.otherReasons'), discharges: report.otherReasons }] : []),
  ];
  return (
    <ReportSection
      id="intakes"
      title={t('reports.intakes.title')}
      description={t('reports.intakes.description')}
      filter={filter}
      state={{ loading, error, refetch }}
      empty={!report?.intakes && !report?.discharges}
      summary={report ? t('reports.intakes.summary', { intakes: report.intakes, discharges: report.discharges }) : null}
      chart={
        <ReportBars
          label={t('reports.intakes.chart')}
          data={rows}
          dataKey="month"
          series={[
            { name: 'intakes', label: t('reports.intakes.intakes'), color: 'blue.6' },
            { name: 'discharges', label: t('reports.intakes.discharges'), color: 'orange.6' },
          ]}
        />
      }
      tables={[
        {
          caption: t('reports.intakes.caption'),
          columns: [
            { key: 'month', label: t('reports.month') },
            { key: 'intakes', label: t('reports.intakes.intakes') },
            { key: 'discharges', label: t('reports.intakes.discharges') },
          ],
          rows,
          totals: report ? { month: t('reports.total'), intakes: report.intakes, discharges: report.discharges } : undefined,
        },
        ...(reasons.length
          ? [
              {
                caption: t('reports.intakes.reasonsCaption'),
                columns: [
                  { key: 'reason', label: t('reports.intakes.reason') },
                  { key: 'discharges', label: t('reports.intakes.discharges') },
                ],
                rows: reasons,
              },
            ]
          : []),
      ]}
    />
  );
}
