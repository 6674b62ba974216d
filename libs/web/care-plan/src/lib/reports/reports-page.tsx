import { Card, SimpleGrid, Stack } from '@mantine/core';
import { IconCalendarX } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '@waymark/shared/types';
import { EmptyView, Page } from '@waymark/web/core';
import { CaseloadReportSection } from './caseload-report-section';
import { DeadlineReportSection } from './deadline-report-section';
import { GoalReportSection } from './goal-report-section';
import { IntakeReportSection } from './intake-report-section';
import { LateNoteReportSection } from './late-note-report-section';
import { ReferralReportSection } from './referral-report-section';
import { filterFromParams, filterToParams, periodProblem, type ReportFilterValues } from './report-filter';
import { ReportFilterBar } from './report-filter-bar';

/** The statistical reports for supervisors, admins and auditors: one filter, a section per report, each with its chart, table and CSV. */
export function ReportsPage() {
  const { t } = useTranslation('carePlan');
  const today = todayIsoDate();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params, today);
  const change = (patch: Partial<ReportFilterValues>) => setParams(filterToParams({ ...filter, ...patch }), { replace: true });
  return (
    <Page title={t('reports.title')} description={t('reports.description')}>
      <Card withBorder radius="md" padding="md">
        <ReportFilterBar values={filter} today={today} onChange={change} />
      </Card>
      {/* With a period the API would refuse, one state says to fix it rather than each report saying it has nothing. */}
      {periodProblem(filter) ? (
        <EmptyView headingOrder={2} icon={<IconCalendarX aria-hidden />} title={t('reports.fixPeriodTitle')} description={t('reports.fixPeriodDescription')} />
      ) : (
        <Stack gap="lg">
          <CaseloadReportSection filter={filter} />
          <IntakeReportSection filter={filter} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <DeadlineReportSection filter={filter} />
            <GoalReportSection filter={filter} />
          </SimpleGrid>
          <ReferralReportSection filter={filter} />
          <LateNoteReportSection filter={filter} />
        </Stack>
      )}
    </Page>
  );
}
