import { Button, Card, Stack, Text } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ClientSort } from '@waymark/shared/types';
import { EmptyView, ErrorState, LoadingState, Page, useSessionState } from '@waymark/web/core';
import { clientsQuery } from '../client.operations';
import { ClientTable } from './client-table';
import { appendEdges, LoadMoreFooter, useLoadMore } from './load-more';

const PAGE_SIZE = 50;

/** My caseload: the clients whose open enrollments I lead, by name, with their flags. */
export function CaseloadPage() {
  const { t } = useTranslation('client');
  const { user } = useSessionState();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(clientsQuery, {
    variables: { first: PAGE_SIZE, caseManagerId: user?.id ?? null, sort: ClientSort.NAME },
    skip: !user,
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.clients;
  const more = useLoadMore('caseload', (after) =>
    fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ clients: appendEdges(shown.clients, fetchMoreResult.clients) }) }),
  );
  return (
    <Page title={t('caseload.title')} description={t('caseload.description')}>
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
          {loading && !connection ? <LoadingState /> : null}
          {connection && connection.edges.length === 0 ? (
            <EmptyView
              icon={<IconBriefcase aria-hidden />}
              title={t('caseload.emptyTitle')}
              description={t('caseload.emptyDescription')}
              action={
                <Button component={Link} to="/clients" variant="light">
                  {t('caseload.allClients')}
                </Button>
              }
            />
          ) : null}
          {connection && connection.edges.length > 0 ? (
            <>
              <Text size="sm" c="dimmed">
                {t('caseload.count', { count: connection.totalCount })}
              </Text>
              <ClientTable clients={connection.edges.map((edge) => edge.node)} caption={t('caseload.tableCaption')} busy={loading} />
              <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
            </>
          ) : null}
        </Stack>
      </Card>
    </Page>
  );
}
