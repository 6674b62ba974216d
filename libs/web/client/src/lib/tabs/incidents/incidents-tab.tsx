import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { useItemFocus } from '../../shared/use-item-focus';
import { TabHeader } from '../../shared/tab-header';
import type { ClientTabProps } from '../tab-props';
import { IncidentCard } from './incident-card';
import { IncidentForm } from './incident-form';
import { clientIncidentsQuery } from './incident.operations';
import { NotificationDialog } from './notification-dialog';
import { ReviewDialog } from './review-dialog';

const PAGE_SIZE = 20;

type Acting = { kind: 'report' } | { kind: 'edit' | 'notify' | 'review'; incidentId: string } | null;

/** The client's critical incident reports, newest first, with notification and supervisor sign-off. */
export function IncidentsTab({ client }: ClientTabProps) {
  const { t } = useTranslation('client');
  const { userId, canWrite, isSupervisor } = useRecordPermissions();
  const [acting, setActing] = useState<Acting>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(clientIncidentsQuery, {
    variables: { clientId: client.id, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.clientIncidents;
  const item = useItemFocus(!!connection);
  const close = () => setActing(null);
  const reload = () => void refetch();
  // Dialogs act on the latest version, so a reload after a CONFLICT reaches them.
  const acted = acting && acting.kind !== 'report' ? (connection?.edges.find(({ node }) => node.id === acting.incidentId)?.node ?? null) : null;
  const loadMore = () => {
    setMoreError(null);
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        clientIncidents: {
          ...fetchMoreResult.clientIncidents,
          edges: [...previous.clientIncidents.edges, ...fetchMoreResult.clientIncidents.edges],
        },
      }),
    }).catch((failure: unknown) => setMoreError(failure));
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="incidents-heading">
      <TabHeader
        id="incidents-heading"
        title={t('tabs.incidents.title')}
        description={t('tabs.incidents.description')}
        action={
          canWrite ? (
            <Button color="red" leftSection={<IconAlertTriangle size={18} aria-hidden />} onClick={() => setActing({ kind: 'report' })}>
              {t('tabs.incidents.report')}
            </Button>
          ) : null
        }
      />
      {error && !connection ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !connection ? <LoadingState label={t('tabs.incidents.loading')} /> : null}
      {connection && connection.edges.length === 0 ? (
        <EmptyView headingOrder={3} icon={<IconShieldCheck aria-hidden />} title={t('tabs.incidents.emptyTitle')} description={t('tabs.incidents.emptyText')} />
      ) : null}
      {connection && connection.edges.length > 0 ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('tabs.incidents.count', { count: connection.totalCount })}
          </Text>
          <Stack gap="sm">
            {connection.edges.map(({ node }) => (
              <IncidentCard
                key={node.id}
                incident={node}
                highlighted={node.id === item}
                canWrite={canWrite}
                canReview={isSupervisor && node.reportedBy?.id !== userId}
                onEdit={() => setActing({ kind: 'edit', incidentId: node.id })}
                onNotify={() => setActing({ kind: 'notify', incidentId: node.id })}
                onReview={() => setActing({ kind: 'review', incidentId: node.id })}
              />
            ))}
          </Stack>
          {moreError ? <ErrorState error={moreError} onRetry={loadMore} /> : null}
          {connection.pageInfo.hasNextPage ? (
            <Group justify="center">
              <Button variant="default" onClick={loadMore} loading={networkStatus === NetworkStatus.fetchMore}>
                {t('tabs.common.loadMore')}
              </Button>
            </Group>
          ) : null}
        </>
      ) : null}
      {acting?.kind === 'report' ? <IncidentForm clientId={client.id} incident={null} onClose={close} onReload={reload} /> : null}
      {acting?.kind === 'edit' && acted ? <IncidentForm clientId={client.id} incident={acted} onClose={close} onReload={reload} /> : null}
      {acting?.kind === 'notify' && acted ? <NotificationDialog incident={acted} onClose={close} onReload={reload} /> : null}
      {acting?.kind === 'review' && acted ? <ReviewDialog incident={acted} onClose={close} onReload={reload} /> : null}
    </Stack>
  );
}
