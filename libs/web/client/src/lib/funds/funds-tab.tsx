import { useState } from 'react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { IconCash, IconPigMoney } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FUND_READER_ROLES } from '@waymark/shared/types';
import { appendEdges, EmptyView, LoadMoreFooter, useLoadMore, useSessionState } from '@waymark/web/core';
import { RecordList } from '../shared/record-list';
import { TabSection } from '../shared/tab-section';
import { useItemFocus } from '../shared/use-item-focus';
import { useRecordPermissions } from '../shared/use-record-permissions';
import type { ClientTabProps } from '../tabs/tab-props';
import { AttachReceiptDialog } from './attach-receipt-dialog';
import { DecideFundDialog } from './decide-fund-dialog';
import { DepositDialog } from './deposit-dialog';
import { approvesFunds, type FundActor, fundActs, mayRequestFunds } from './fund-acts';
import { FundBalance } from './fund-balance';
import { FundLedger } from './fund-ledger';
import { type FundAct, FundRequestCard } from './fund-request-card';
import { clientFundQuery } from './fund.operations';
import { PayFundDialog } from './pay-fund-dialog';
import { ReconcileFundDialog } from './reconcile-fund-dialog';
import { RequestFundsDialog } from './request-funds-dialog';

const PAGE_SIZE = 20;

type Acting = { kind: 'request' | 'deposit' } | { kind: FundAct; requestId: string } | null;

/** The client's trust fund: its balance, the requests with their steps, and the ledger. */
export function FundsTab({ client }: ClientTabProps) {
  const { t } = useTranslation('client');
  const { user } = useSessionState();
  const role = user?.role ?? null;
  if (!role || !FUND_READER_ROLES.includes(role)) {
    return <EmptyView headingOrder={2} icon={<IconPigMoney aria-hidden />} title={t('funds.title')} description={t('funds.notForRole')} />;
  }
  return <FundsOfClient client={client} />;
}

function FundsOfClient({ client }: ClientTabProps) {
  const { t } = useTranslation('client');
  const { user } = useSessionState();
  const { userId, canWrite } = useRecordPermissions();
  const actor: FundActor = { userId, role: user?.role ?? null, canWrite };
  const [acting, setActing] = useState<Acting>(null);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(clientFundQuery, {
    variables: { clientId: client.id, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const requests = data?.clientFundRequests;
  const item = useItemFocus(!!requests);
  const more = useLoadMore(client.id, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ ...fetchMoreResult, clientFundRequests: appendEdges(shown.clientFundRequests, fetchMoreResult.clientFundRequests) }),
    }),
  );
  const close = () => setActing(null);
  const reloadAndClose = () => {
    void refetch();
    close();
  };
  // Dialogs act on the latest version, so a reload after a CONFLICT reaches them.
  const acted = acting && 'requestId' in acting ? (requests?.edges.find(({ node }) => node.id === acting.requestId)?.node ?? null) : null;

  return (
    <TabSection
      id="funds"
      title={t('funds.title')}
      description={t('funds.description')}
      action={mayRequestFunds(actor) ? { icon: IconCash, label: t('funds.newRequest'), onClick: () => setActing({ kind: 'request' }) } : null}
    >
      {data?.clientFund ? (
        <Group align="flex-start" justify="space-between" wrap="wrap" gap="sm">
          <FundBalance fund={data.clientFund} />
          {approvesFunds(actor) ? (
            <Button variant="light" leftSection={<IconPigMoney size={18} aria-hidden />} onClick={() => setActing({ kind: 'deposit' })}>
              {t('funds.deposit')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      <Stack gap="xs" component="section" aria-labelledby="fund-requests-heading">
        <Title order={3} size="h4" id="fund-requests-heading">
          {t('funds.requestsTitle')}
        </Title>
        <RecordList
          total={requests?.totalCount}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={t('funds.loading')}
          countLabel={t('funds.requestsCount', { count: requests?.totalCount ?? 0 })}
          empty={{ icon: <IconCash aria-hidden />, title: t('funds.emptyTitle'), description: t('funds.emptyText'), headingOrder: 3 }}
        >
          <Stack gap="sm">
            {requests?.edges.map(({ node }) => (
              <FundRequestCard
                key={node.id}
                request={node}
                highlighted={node.id === item}
                acts={fundActs(node, actor)}
                onAct={(kind) => setActing({ kind, requestId: node.id })}
              />
            ))}
          </Stack>
          {requests ? (
            <LoadMoreFooter pageInfo={requests.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
          ) : null}
        </RecordList>
      </Stack>
      {data?.clientFund ? <FundLedger clientId={client.id} /> : null}
      {acting?.kind === 'request' ? <RequestFundsDialog clientId={client.id} onClose={close} /> : null}
      {acting?.kind === 'deposit' ? <DepositDialog clientId={client.id} onClose={close} /> : null}
      {acted && (acting?.kind === 'approve' || acting?.kind === 'refuse' || acting?.kind === 'cancel') ? (
        <DecideFundDialog request={acted} decision={acting.kind} onClose={close} onReload={reloadAndClose} />
      ) : null}
      {acted && acting?.kind === 'pay' ? <PayFundDialog request={acted} onClose={close} onReload={reloadAndClose} /> : null}
      {acted && acting?.kind === 'receipt' ? <AttachReceiptDialog request={acted} onClose={close} onReload={reloadAndClose} /> : null}
      {acted && acting?.kind === 'reconcile' ? <ReconcileFundDialog request={acted} onClose={close} onReload={reloadAndClose} /> : null}
    </TabSection>
  );
}
