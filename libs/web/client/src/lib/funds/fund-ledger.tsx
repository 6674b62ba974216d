import { Stack, Table, Text, Title } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { fundEntryEffect } from '@waymark/shared/types';
import { appendEdges, ErrorState, LoadingState, LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { formatCalendarDate } from '../shared/format';
import { clientFundLedgerQuery } from './fund.operations';
import { formatCents } from './money';

const PAGE_SIZE = 25;

/** Every amount in and out of the client's fund, the latest first; it scrolls sideways on a narrow screen. */
export function FundLedger({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation('client');
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(clientFundLedgerQuery, {
    variables: { clientId, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const more = useLoadMore(clientId, (after) =>
    fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ clientFundLedger: appendEdges(shown.clientFundLedger, fetchMoreResult.clientFundLedger) }) }),
  );
  const ledger = data?.clientFundLedger;
  const money = (cents: number) => formatCents(cents, i18n.language);
  return (
    <Stack gap="xs" component="section" aria-labelledby="fund-ledger-heading">
      <Title order={3} size="h4" id="fund-ledger-heading">
        {t('funds.ledgerTitle')}
      </Title>
      {!ledger && error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {!ledger && loading ? <LoadingState label={t('funds.ledgerLoading')} /> : null}
      {ledger && ledger.totalCount === 0 ? <Text size="sm">{t('funds.ledgerEmpty')}</Text> : null}
      {ledger && ledger.totalCount > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-describedby="fund-ledger-caption">
            <caption id="fund-ledger-caption" style={{ captionSide: 'top', textAlign: 'start' }}>
              <Text size="sm" c="dimmed" component="span">
                {t('funds.ledgerCaption')}
              </Text>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funds.date')}</Table.Th>
                <Table.Th scope="col">{t('funds.entry')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('funds.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('funds.recordedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ledger.edges.map(({ node }) => {
                const detail = node.source ? t(`funds.source.${node.source}`) : node.method ? [t(`funds.method.${node.method}`), node.reference].filter(Boolean).join(' ') : null;
                const effect = fundEntryEffect(node.kind, node.amountCents);
                return (
                  <Table.Tr key={node.id}>
                    <Table.Td>{formatCalendarDate(node.occurredOn, i18n.language)}</Table.Td>
                    <Table.Td>
                      {t(`funds.kind.${node.kind}`)}
                      {detail ? ` · ${detail}` : ''}
                      {node.note ? (
                        <Text size="xs" c="dimmed">
                          {node.note}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }} c={effect < 0 ? 'red.8' : 'green.8'}>
                      {effect < 0 ? `−${money(-effect)}` : `+${money(effect)}`}
                    </Table.Td>
                    <Table.Td>{node.recordedBy?.displayName ?? t('tabs.common.unknownStaff')}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {ledger ? <LoadMoreFooter pageInfo={ledger.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} /> : null}
    </Stack>
  );
}
