import type { ReactNode } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '@waymark/web/resource-directory';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';
import type { ReportFilter } from '@waymark/shared/types';
import { reportCsv, reportFileName } from './report-csv';
import type { ReportTableData } from './report-table-data';
import { ReportTable } from './report-table';

export interface ReportState {
  loading: boolean;
  error?: unknown;
  refetch: () => unknown;
}

/**
 * One report on the page: its heading and what it counts, a chart for the eye with the same
 * numbers in tables after it, and a CSV of those tables. Loading, failing and empty say so.
 */
export function ReportSection({
  id,
  title,
  description,
  filter,
  state,
  empty,
  summary,
  chart,
  tables,
}: {
  /** The report's name in its CSV file and its element ids */
  id: string;
  title: string;
  description: ReactNode;
  filter: ReportFilter;
  state: ReportState;
  /** Nothing counted in the period */
  empty: boolean;
  summary?: ReactNode;
  chart?: ReactNode;
  tables: ReportTableData[];
}) {
  const { t, i18n } = useTranslation('carePlan');
  const headingId = `report-${id}-heading`;
  const ready = !state.loading && !state.error && !empty;
  const body = state.error ? (
    <ErrorState error={state.error} onRetry={() => void state.refetch()} />
  ) : state.loading ? (
    <LoadingState label={t('reports.loading', { report: title })} />
  ) : empty ? (
    <EmptyView headingOrder={3} icon={<IconChartBar aria-hidden />} title={t('reports.emptyTitle')} description={t('reports.emptyDescription')} />
  ) : (
    <Stack gap="sm">
      {summary ? <Text size="sm">{summary}</Text> : null}
      {chart}
      {tables.map((table) => (
        <ReportTable key={table.caption} table={table} language={i18n.language} />
      ))}
    </Stack>
  );
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId} data-report={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ flex: 1, minWidth: 240 }}>
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </Stack>
          <Button
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={!ready}
            aria-label={t('reports.csvOf', { report: title })}
            onClick={() => downloadText(reportFileName(id, filter), reportCsv(tables), 'text/csv')}
          >
            {t('reports.csv')}
          </Button>
        </Group>
        {body}
      </Stack>
    </Card>
  );
}
