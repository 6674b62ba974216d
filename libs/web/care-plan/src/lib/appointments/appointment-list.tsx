import { type ReactNode, useEffect } from 'react';
import { Stack, Title } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RecordList } from '@waymark/web/client';
import { SortDirection } from '@waymark/shared/types';
import { appendEdges, type AppointmentFieldsFragment, AppointmentOrderField, LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { clientAppointmentsQuery } from './appointments.operations';

const PAGE_SIZE = 20;

/**
 * One of the tab's two lists: upcoming appointments (from `now`, soonest first) or past ones
 * (before `now`, latest first), a page at a time. `render` draws each card.
 */
export function AppointmentList({
  clientId,
  now,
  past,
  onLoaded,
  render,
}: {
  clientId: string;
  now: string;
  past?: boolean;
  /** The ids shown, once loaded and as pages are added */
  onLoaded: (ids: string[]) => void;
  render: (appointment: AppointmentFieldsFragment) => ReactNode;
}) {
  const { t } = useTranslation('carePlan');
  const variables = past ? { clientId, to: now, orderBy: { field: AppointmentOrderField.StartsAt, direction: SortDirection.DESC }, first: PAGE_SIZE } : { clientId, from: now, first: PAGE_SIZE };
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(clientAppointmentsQuery, { variables, notifyOnNetworkStatusChange: true });
  const connection = data?.clientAppointments;
  useEffect(() => {
    if (connection) onLoaded(connection.edges.map(({ node }) => node.id));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- told of each new answer, not of a new callback
  }, [connection]);
  const more = useLoadMore(`${clientId}:${past}`, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ clientAppointments: appendEdges(shown.clientAppointments, fetchMoreResult.clientAppointments) }),
    }),
  );
  const headingId = `appointments-${past ? 'past' : 'upcoming'}-heading`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {t(past ? 'appointments.past' : 'appointments.upcoming')}
      </Title>
      <RecordList
        total={connection?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('appointments.loading')}
        countLabel={t(past ? 'appointments.pastCount' : 'appointments.upcomingCount', { count: connection?.totalCount ?? 0 })}
        empty={
          past
            ? { icon: <IconCalendarEvent aria-hidden />, title: t('appointments.emptyPast') }
            : { icon: <IconCalendarEvent aria-hidden />, title: t('appointments.emptyUpcoming'), description: t('appointments.emptyUpcomingText') }
        }
      >
        <Stack gap="sm">{connection?.edges.map(({ node }) => render(node))}</Stack>
        {connection ? (
          <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
        ) : null}
      </RecordList>
    </Stack>
  );
}
