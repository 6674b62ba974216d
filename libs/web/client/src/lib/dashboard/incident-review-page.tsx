import { Anchor, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { appendEdges, EmptyView, ErrorState, LoadingState, LoadMoreFooter, Page, useLoadMore } from '@waymark/web/core';
import { formatDateTime } from '../shared/format';
import { SeverityBadge } from '../tabs/incidents/incident-badges';
import { incidentsAwaitingReviewQuery } from './dashboard.operations';

const PAGE_SIZE = 25;

/** Where a supervisor finds every incident report waiting for sign-off, most severe and oldest first. */
export function IncidentReviewPage() {
  const { t, i18n } = useTranslation('client');
  const language = i18n.language;
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(incidentsAwaitingReviewQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.incidentsAwaitingReview;
  const more = useLoadMore('', (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({
        incidentsAwaitingReview: appendEdges(shown.incidentsAwaitingReview, fetchMoreResult.incidentsAwaitingReview),
      }),
    }),
  );
  return (
    <Page title={t('reviewQueue.title')} description={t('reviewQueue.description')}>
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
          {loading && !connection ? <LoadingState /> : null}
          {connection && !connection.edges.length ? (
            <EmptyView icon={<IconCircleCheck aria-hidden />} title={t('reviewQueue.emptyTitle')} description={t('reviewQueue.emptyText')} />
          ) : null}
          {connection?.edges.length ? (
            <>
              <Text size="sm" c="dimmed" role="status">
                {t('reviewQueue.count', { count: connection.totalCount })}
              </Text>
              <Table.ScrollContainer minWidth={0}>
                <Table verticalSpacing="sm" aria-label={t('reviewQueue.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('tabs.incidents.severityLabel')}</Table.Th>
                      <Table.Th scope="col">{t('tabs.incidents.typeLabel')}</Table.Th>
                      <Table.Th scope="col">{t('tabs.incidents.occurredAt')}</Table.Th>
                      <Table.Th scope="col">{t('reviewQueue.reportedBy')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {connection.edges.map(({ node }) => (
                      <Table.Tr key={node.id}>
                        <Table.Td>
                          <SeverityBadge severity={node.severity} />
                        </Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/clients/${node.clientId}/incidents?item=${node.id}`} fw={600}>
                            {t(`tabs.incidents.type.${node.incidentType}`)}
                          </Anchor>
                          <Text size="sm" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                            {node.description}
                          </Text>
                        </Table.Td>
                        <Table.Td>{formatDateTime(node.occurredAt, language)}</Table.Td>
                        <Table.Td>{node.reportedBy?.displayName ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
            </>
          ) : null}
          <Group>
            <Button component={Link} to="/dashboard" variant="subtle">
              {t('reviewQueue.back')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Page>
  );
}
