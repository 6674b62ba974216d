import { useState } from 'react';
import { Stack } from '@mantine/core';
import { IconListDetails, IconPlus } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResourceListChannel } from '@waymark/shared/types';
import { type ClientTabProps, RecordList, TabSection, useItemFocus, useRecordPermissions } from '@waymark/web/client';
import { appendEdges, LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { ResourceListBuilder } from './resource-list-builder';
import { ResourceListCard } from './resource-list-card';
import { clientResourceListsQuery } from './resource-lists.operations';
import { SendResourceListDialog } from './send-resource-list-dialog';

const PAGE_SIZE = 20;

type Acting = { kind: 'new'; serviceId: string | null } | { kind: 'send'; listId: string; channel: Exclude<ResourceListChannel, 'PRINTED'> } | null;

/**
 * The client record's "Resource lists" tab: the lists handed to the client, newest first, and
 * a way to make another from the directory. `?add=<serviceId>` (from a service's page) opens
 * a new list with that service on it; `?item=<listId>` (from the timeline) brings a list into view.
 */
export function ResourceListsTab({ client }: ClientTabProps) {
  const { t } = useTranslation('referral');
  const { canWrite } = useRecordPermissions();
  const [params, setParams] = useSearchParams();
  const added = params.get('add');
  const [acting, setActing] = useState<Acting>(added && canWrite ? { kind: 'new', serviceId: added } : null);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(clientResourceListsQuery, {
    variables: { clientId: client.id, first: PAGE_SIZE },
    // Asked again on each visit: the print page records prints this list has not seen.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.clientResourceLists;
  const item = useItemFocus(!!connection);
  const more = useLoadMore(client.id, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ clientResourceLists: appendEdges(shown.clientResourceLists, fetchMoreResult.clientResourceLists) }),
    }),
  );
  const close = () => {
    setActing(null);
    if (!added) return;
    setParams(
      (current) => {
        current.delete('add');
        return current;
      },
      { replace: true },
    );
  };
  const reload = () => void refetch();
  const total = connection ? connection.edges.length : undefined;

  return (
    <TabSection
      id="resource-lists"
      title={t('resourceLists.tab.title')}
      description={t('resourceLists.tab.description')}
      action={canWrite ? { icon: IconPlus, label: t('resourceLists.tab.new'), onClick: () => setActing({ kind: 'new', serviceId: null }) } : null}
    >
      <RecordList
        total={total}
        loading={loading}
        error={error}
        onRetry={reload}
        loadingLabel={t('resourceLists.tab.loading')}
        empty={{ icon: <IconListDetails aria-hidden />, title: t('resourceLists.tab.emptyTitle'), description: t('resourceLists.tab.emptyText') }}
      >
        <Stack gap="sm">
          {connection?.edges.map(({ node }) => (
            <ResourceListCard
              key={node.id}
              list={node}
              highlighted={node.id === item}
              canWrite={canWrite}
              onSend={(channel) => setActing({ kind: 'send', listId: node.id, channel })}
            />
          ))}
        </Stack>
        {connection ? (
          <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
        ) : null}
      </RecordList>
      {acting?.kind === 'new' ? (
        <ResourceListBuilder
          clientId={client.id}
          firstServiceId={acting.serviceId}
          onClose={close}
          onMade={() => {
            reload();
            close();
          }}
        />
      ) : null}
      {acting?.kind === 'send' ? <SendResourceListDialog clientId={client.id} listId={acting.listId} channel={acting.channel} onClose={() => setActing(null)} onSent={reload} /> : null}
    </TabSection>
  );
}
