import { useEffect, useRef, useState } from 'react';
import { Button, Card, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CLIENT_SORT_ORDER, Role } from '@waymark/shared/types';
import { appendEdges, LoadMoreFooter, Page, useLoadMore, useSessionState } from '@waymark/web/core';
import { clientsQuery } from '../client.operations';
import { mayCreateClients } from '../shared/roles';
import { toSearchTerm } from '../search/search-term';
import { ClientFilters, filtersFromParams, filtersToParams, type ClientFilterValues } from './client-filters';
import { ClientTable } from './client-table';
import { RecordList } from '../shared/record-list';

const PAGE_SIZE = 25;

/** Clients: search by name (typos forgiven), number, date of birth or phone; filter; load more. */
export function ClientsPage() {
  const { t, i18n } = useTranslation('client');
  const { user } = useSessionState();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<ClientFilterValues>(() => filtersFromParams(params));
  const [debouncedSearch] = useDebouncedValue(filters.search.trim(), 300);
  const shown = { ...filters, search: debouncedSearch };
  const listKey = JSON.stringify(shown);

  useEffect(() => {
    setParams((current) => filtersToParams(JSON.parse(listKey) as ClientFilterValues, current), { replace: true });
  }, [listKey, setParams]);

  const search = toSearchTerm(debouncedSearch, i18n.language);
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(clientsQuery, {
    variables: {
      first: PAGE_SIZE,
      search: search || null,
      status: shown.status.length ? shown.status : null,
      programId: shown.programId,
      caseManagerId: shown.caseManagerId,
      riskLevel: shown.riskLevel,
      orderBy: CLIENT_SORT_ORDER[shown.sort],
    },
    notifyOnNetworkStatusChange: true,
  });
  // While new filters load the previous rows stay; after a failure they go, so no row
  // is ever shown under filters it does not match.
  const connection = (error ? data : (data ?? previousData))?.clients;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const more = useLoadMore(listKey, (after) =>
    fetchMore({ variables: { after }, updateQuery: (shownData, { fetchMoreResult }) => ({ clients: appendEdges(shownData.clients, fetchMoreResult.clients) }) }),
  );
  const filtered = !!search || shown.status.length > 0 || !!shown.programId || !!shown.caseManagerId || !!shown.riskLevel;
  const searchRef = useRef<HTMLInputElement>(null);
  const clearFilters = () => {
    setFilters((current) => ({ ...current, search: '', status: [], programId: null, caseManagerId: null, riskLevel: null }));
    searchRef.current?.focus();
  };

  return (
    <Page
      title={t('list.title')}
      // Says whose clients these are: the API lists a case manager's caseload and intake's records in intake.
      description={
        user?.role === Role.CASE_MANAGER ? t('list.descriptionCaseManager') : user?.role === Role.INTAKE ? t('list.descriptionIntake') : t('list.description')
      }
      actions={
        mayCreateClients(user?.role) ? (
          <Button component={Link} to="/clients/new" leftSection={<IconUserPlus size={18} aria-hidden />}>
            {t('list.newClient')}
          </Button>
        ) : null
      }
    >
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          <ClientFilters values={filters} onChange={(patch) => setFilters((current) => ({ ...current, ...patch }))} searchRef={searchRef} />
          <RecordList
            total={connection?.totalCount}
            loading={loading}
            error={error}
            onRetry={() => void refetch()}
            countLabel={t('list.count', { count: connection?.totalCount ?? 0 })}
            empty={{
              headingOrder: 2,
              icon: <IconUsersGroup aria-hidden />,
              title: t('list.emptyTitle'),
              description: filtered ? t('list.emptyFiltered') : t('list.emptyNone'),
              action: filtered ? (
                <Button variant="light" onClick={clearFilters}>
                  {t('list.clearFilters')}
                </Button>
              ) : null,
            }}
          >
            <ClientTable clients={connection?.edges.map((edge) => edge.node) ?? []} caption={t('list.tableCaption')} busy={loading} />
            {connection ? <LoadMoreFooter pageInfo={connection.pageInfo} loading={loadingMore} error={more.error} onLoadMore={more.loadMore} /> : null}
          </RecordList>
        </Stack>
      </Card>
    </Page>
  );
}
