import { useState } from 'react';
import { Stack } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { useItemFocus } from '../../shared/use-item-focus';
import { appendEdges, LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { RecordList } from '../../shared/record-list';
import { TabSection } from '../../shared/tab-section';
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
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(clientIncidentsQuery, {
    variables: { clientId: client.id, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.clientIncidents;
  const item = useItemFocus(!!connection);
  const close = () => setActing(null);
  const reload = () => void refetch();
  const reloadAndClose = () => {
    reload();
    close();
  };
  // Dialogs act on the latest version, so a reload after a CONFLICT reaches them.
  const acted = acting && acting.kind !== 'report' ? (connection?.edges.find(({ node }) => node.id === acting.incidentId)?.node ?? null) : null;
  const more = useLoadMore(client.id, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ clientIncidents: appendEdges(shown.clientIncidents, fetchMoreResult.clientIncidents) }),
    }),
  );

  return (
    <TabSection
      id="incidents"
      title={t('tabs.incidents.title')}
      description={t('tabs.incidents.description')}
      action={canWrite ? { icon: IconAlertTriangle, label: t('tabs.incidents.report'), color: 'red', onClick: () => setActing({ kind: 'report' }) } : null}
    >
      <RecordList
        total={connection?.totalCount}
        loading={loading}
        error={error}
        onRetry={reload}
        loadingLabel={t('tabs.incidents.loading')}
        countLabel={t('tabs.incidents.count', { count: connection?.totalCount ?? 0 })}
        empty={{ icon: <IconShieldCheck aria-hidden />, title: t('tabs.incidents.emptyTitle'), description: t('tabs.incidents.emptyText') }}
      >
        <Stack gap="sm">
          {connection?.edges.map(({ node }) => (
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
        {connection ? (
          <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
        ) : null}
      </RecordList>
      {acting?.kind === 'report' ? <IncidentForm clientId={client.id} incident={null} onClose={close} onReload={reload} /> : null}
      {acting?.kind === 'edit' && acted ? <IncidentForm clientId={client.id} incident={acted} onClose={close} onReload={reload} /> : null}
      {acting?.kind === 'notify' && acted ? <NotificationDialog incident={acted} onClose={close} onReload={reloadAndClose} /> : null}
      {acting?.kind === 'review' && acted ? <ReviewDialog incident={acted} onClose={close} onReload={reloadAndClose} /> : null}
    </TabSection>
  );
}
