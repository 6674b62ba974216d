import { useEffect, useRef } from 'react';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DirectoryImportStatus } from '@waymark/shared/types';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { formatDateTime } from '@waymark/web/client';
import { directoryImportProgressQuery, directoryImportQuery } from '../directory-admin.operations';
import { ImportProgress } from './import-progress';
import { ImportReport } from './import-report';
import { IMPORT_STATUS_COLOR } from './import-status-color';

/** How often a running import is asked how far it has got. */
const POLL_MS = 1000;

/**
 * One import: its progress while it runs (only the counts are polled), then its validation
 * report, fetched once it has stopped. `onFinished` runs when it is seen to stop, so the list of
 * past imports can catch up; leaving the page mid-run is no finish.
 */
export function ImportRun({ id, onFinished }: { id: string; onFinished: () => void }) {
  const { t, i18n } = useTranslation('directory');
  const { data, error, loading, refetch, startPolling, stopPolling } = useQuery(directoryImportProgressQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const run = data?.directoryImport;
  const running = run?.status === DirectoryImportStatus.RUNNING;
  // The cached report may be the one the start answered (no problems yet): once stopped, ask the API.
  const report = useQuery(directoryImportQuery, { variables: { id }, skip: !run || running, fetchPolicy: 'network-only' });

  const sawRunning = useRef(false);
  useEffect(() => {
    if (running) {
      sawRunning.current = true;
      startPolling(POLL_MS);
      return () => stopPolling();
    }
    if (sawRunning.current) {
      sawRunning.current = false;
      onFinished();
    }
    // Polls while this import runs; the list refreshes when it stops.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running, startPolling, stopPolling]);

  if (!run) {
    if (loading) return <LoadingState label={t('admin.import.loadingRun')} />;
    return <ErrorState error={error} onRetry={() => void refetch()} overrides={{ NOT_FOUND: t('admin.import.notFound') }} />;
  }
  const problems = report.data?.directoryImport?.problems;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-run-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h3" id="import-run-title">
              {t('admin.import.runTitle', { name: run.fileName ?? t(`admin.format.${run.format}`) })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('admin.import.runMeta', { format: t(`admin.format.${run.format}`), started: formatDateTime(run.startedAt, i18n.language) })}
              {run.finishedAt ? ` · ${t('admin.import.finishedAt', { at: formatDateTime(run.finishedAt, i18n.language) })}` : ''}
            </Text>
          </Stack>
          <Badge size="lg" variant="light" color={IMPORT_STATUS_COLOR[run.status]}>
            {t(`admin.importStatus.${run.status}`)}
          </Badge>
        </Group>
        {running ? <ImportProgress run={run} /> : null}
        {error && running ? <ErrorState error={error} onRetry={() => void refetch()} title={t('admin.import.pollFailed')} /> : null}
        {!running ? (
          <>
            <Text role="status" fw={500} c={run.status === DirectoryImportStatus.FAILED ? 'red.8' : undefined}>
              {run.status === DirectoryImportStatus.FAILED
                ? t('admin.import.failed')
                : t('admin.import.done', {
                    imported: t('admin.import.doneImported', { count: run.rowsImported }),
                    rejected: t('admin.import.doneRejected', { count: run.rowsRejected }),
                  })}
            </Text>
            {problems ? (
              <ImportReport run={run} problems={problems} />
            ) : report.loading ? (
              <LoadingState label={t('admin.import.loadingRun')} />
            ) : (
              <ErrorState error={report.error} onRetry={() => void report.refetch()} />
            )}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
