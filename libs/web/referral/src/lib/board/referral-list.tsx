import { useState, type ReactNode } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReferralBox, ReferralStatus } from '@waymark/shared/types';
import { ActionError, RecordList } from '@waymark/web/client';
import { LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { useReferralErrorOverrides } from '../shared/referral-errors';
import { referralsQuery } from '../shared/referral.operations';
import type { ReferralRowView } from '../shared/referral-view';
import { ReferralRow } from './referral-row';

const PAGE_SIZE = 25;

/**
 * A box's referrals for the filter, a page at a time, newest change first. It refreshes by
 * itself while one page is shown; once more pages are loaded it stays still, so the rows a
 * person paged to do not fold back to the first page under them.
 */
export function ReferralList({
  filter,
  pollInterval,
  empty,
  showClient = true,
  onQuickMove,
  moving,
  quickError,
}: {
  filter: { box: ReferralBox; statuses?: readonly ReferralStatus[] | null; clientId?: string | null };
  pollInterval: number;
  empty: { title: string; description?: string; action?: ReactNode };
  showClient?: boolean;
  onQuickMove?: (referral: ReferralRowView, to: ReferralStatus) => void;
  moving?: { id: string; to: ReferralStatus } | null;
  quickError?: unknown;
}) {
  const { t } = useTranslation('referral');
  const overrides = useReferralErrorOverrides();
  const variables = { filter: { ...filter, statuses: filter.statuses ? [...filter.statuses] : null }, first: PAGE_SIZE };
  const listKey = JSON.stringify(filter);
  const [pagedKey, setPagedKey] = useState<string | null>(null);
  const paged = pagedKey === listKey;
  const query = useQuery(referralsQuery, { variables, notifyOnNetworkStatusChange: true, fetchPolicy: 'cache-and-network', pollInterval: paged ? 0 : pollInterval });
  const connection = (query.error ? query.data : (query.data ?? query.previousData))?.referrals;
  const more = useLoadMore(listKey, (after) => {
    setPagedKey(listKey);
    // The cache's `referrals` policy appends a page asked `after` a cursor to the one shown.
    return query.fetchMore({ variables: { after } });
  });
  return (
    <Stack gap="sm">
      <ActionError error={quickError} overrides={overrides(quickError)} onReload={() => void query.refetch()} />
      <RecordList
        total={connection?.edges.length}
        loading={query.loading}
        error={query.error}
        onRetry={() => void query.refetch()}
        loadingLabel={t('referral.board.loading')}
        empty={{ icon: <IconArrowsExchange aria-hidden />, ...empty }}
      >
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {connection?.edges.map(({ node }) => (
            <li key={node.id}>
              <ReferralRow referral={node} showClient={showClient} onQuickMove={onQuickMove} moving={moving?.id === node.id ? moving.to : null} />
            </li>
          ))}
        </Stack>
        {connection ? (
          <LoadMoreFooter
            pageInfo={connection.pageInfo}
            loading={query.networkStatus === NetworkStatus.fetchMore}
            error={more.error}
            onLoadMore={more.loadMore}
          />
        ) : null}
      </RecordList>
    </Stack>
  );
}
