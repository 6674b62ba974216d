import { useState } from 'react';
import { Anchor, Button, Card, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CHART_AUDITOR_ROLES } from '@waymark/shared/types';
import { formatCalendarDate } from '@waymark/web/client';
import { appendEdges, EmptyView, ErrorState, LoadingState, LoadMoreFooter, Page, useLoadMore, useSessionState } from '@waymark/web/core';
import { ChartAuditStatusBadge } from './chart-audit-status-badge';
import { chartAuditsQuery } from './chart-audits.operations';
import { NewChartAuditDialog } from './new-chart-audit-dialog';
import { sampleWords } from './sample-words';

const PAGE = 25;

/** The agency's chart audits, latest first; supervisors and admins start new ones here. */
export function ChartAuditsPage() {
  const { t, i18n } = useTranslation('audit');
  const { user } = useSessionState();
  const mayRun = !!user && CHART_AUDITOR_ROLES.includes(user.role);
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(chartAuditsQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.chartAudits;
  const more = useLoadMore('', (after) =>
    fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ chartAudits: appendEdges(shown.chartAudits, fetchMoreResult.chartAudits) }) }),
  );
  const audits = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <Page
      title={t('chartAudits.title')}
      description={t('chartAudits.description')}
      actions={
        mayRun ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('chartAudits.new')}
          </Button>
        ) : null
      }
    >
      {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {!connection && loading ? <LoadingState label={t('chartAudits.loading')} /> : null}
      {connection && !audits.length ? (
        <EmptyView headingOrder={2} icon={<IconClipboardCheck aria-hidden />} title={t('chartAudits.empty')} description={t('chartAudits.emptyText')} />
      ) : null}
      {audits.length ? (
        <Card withBorder radius="md" padding="md">
          <Stack gap="sm">
            <ScrollArea type="auto">
              <Table striped highlightOnHover miw={720}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('chartAudits.columns.quarter')}</Table.Th>
                    <Table.Th scope="col">{t('chartAudits.columns.program')}</Table.Th>
                    <Table.Th scope="col">{t('chartAudits.columns.worker')}</Table.Th>
                    <Table.Th scope="col">{t('chartAudits.columns.sample')}</Table.Th>
                    <Table.Th scope="col">{t('chartAudits.columns.status')}</Table.Th>
                    <Table.Th scope="col">{t('chartAudits.columns.progress')}</Table.Th>
                    <Table.Th scope="col">{t('chartAudits.columns.started')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {audits.map((audit) => (
                    <Table.Tr key={audit.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/chart-audits/${audit.id}`} fw={600}>
                          {audit.quarter}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{audit.programName ?? t('chartAudits.allPrograms')}</Table.Td>
                      <Table.Td>{audit.worker?.displayName ?? t('chartAudits.anyWorker')}</Table.Td>
                      <Table.Td>{sampleWords(audit, t)}</Table.Td>
                      <Table.Td>
                        <ChartAuditStatusBadge status={audit.status} />
                      </Table.Td>
                      <Table.Td>{t('chartAudits.progress', { answered: audit.answeredCount, total: audit.answerCount })}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatCalendarDate(audit.startedAt.slice(0, 10), i18n.language)}</Text>
                        <Text size="xs" c="dimmed">
                          {audit.startedBy?.displayName}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            {connection ? <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} /> : null}
          </Stack>
        </Card>
      ) : null}
      {creating ? <NewChartAuditDialog onClose={() => setCreating(false)} /> : null}
    </Page>
  );
}
