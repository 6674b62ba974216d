import { useState } from 'react';
import { Badge, Button, Card, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryStatus } from '@waymark/shared/types';
import { appendEdges, EmptyView, ErrorState, LoadingState, LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { formatDateTime } from '../format';
import { replayWebhookDeliveryMutation, webhookDeliveriesQuery } from './webhook.operations';

const PAGE_SIZE = 25;
const ALL = 'ALL';
const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { PENDING: 'yellow', DELIVERED: 'green', FAILED: 'red' };

/** The delivery log, newest first, with each delivery's attempts and a replay button. */
export function DeliveryLog() {
  const { t, i18n } = useTranslation('webhooks');
  const [status, setStatus] = useState<WebhookDeliveryStatus | null>(null);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(webhookDeliveriesQuery, {
    variables: { first: PAGE_SIZE, filter: { status } },
    notifyOnNetworkStatusChange: true,
  });
  const [replayingId, setReplayingId] = useState<string | null>(null);
  const [replay, replayed] = useMutation(replayWebhookDeliveryMutation, { refetchQueries: ['WebhookDeliveries'] });
  const connection = data?.webhookDeliveries;
  const more = useLoadMore(status ?? ALL, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ webhookDeliveries: appendEdges(shown.webhookDeliveries, fetchMoreResult.webhookDeliveries) }),
    }),
  );

  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} size="h4">
            {t('deliveries')}
          </Title>
          <Select
            label={t('statusFilter')}
            data={[{ value: ALL, label: t('allStatuses') }, ...WEBHOOK_DELIVERY_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))]}
            value={status ?? ALL}
            onChange={(value) => setStatus(value && value !== ALL ? (value as WebhookDeliveryStatus) : null)}
            allowDeselect={false}
            w={200}
          />
        </Group>
        {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {loading && !connection ? <LoadingState /> : null}
        {replayed.error ? <ErrorState error={replayed.error} /> : null}
        {connection && connection.edges.length === 0 ? <EmptyView icon={<IconSend aria-hidden />} title={t('deliveriesEmpty')} description={t('deliveriesEmptyDescription')} /> : null}
        {connection && connection.edges.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="sm" aria-label={t('deliveries')} aria-busy={loading}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('event')}</Table.Th>
                  <Table.Th scope="col">{t('status')}</Table.Th>
                  <Table.Th scope="col">{t('attempts')}</Table.Th>
                  <Table.Th scope="col" visibleFrom="md">
                    {t('created')}
                  </Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('replay')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node }) => {
                  const last = node.attempts.at(-1);
                  return (
                    <Table.Tr key={node.id} data-testid="webhook-delivery">
                      <Table.Td>
                        <Text fw={600}>{t(`eventTypes.${node.eventType}`)}</Text>
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {t('eventId')}: {node.eventId}
                          {node.replayOf ? ` · ${t('replayOf')}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[node.status]} variant="light">
                          {t(`statuses.${node.status}`)}
                        </Badge>
                        {node.status === 'PENDING' && node.nextAttemptAt ? (
                          <Text size="xs" c="dimmed">
                            {t('nextAttempt', { at: formatDateTime(node.nextAttemptAt, i18n.language) })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {node.attemptCount}
                        {last ? (
                          <Text size="xs" c="dimmed">
                            {t('lastAnswer')}: {last.statusCode ?? t('noAnswer')}
                            {last.error ? ` (${last.error})` : ''} · {last.durationMs} ms
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td visibleFrom="md">{formatDateTime(node.createdAt, i18n.language)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          disabled={node.status === 'PENDING'}
                          loading={replayed.loading && replayingId === node.id}
                          onClick={() => {
                            setReplayingId(node.id);
                            void replay({ variables: { input: { deliveryId: node.id } } }).catch(() => undefined);
                          }}
                          aria-label={`${t('replay')}: ${t(`eventTypes.${node.eventType}`)} ${node.eventId}`}
                        >
                          {t('replay')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {connection ? <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} /> : null}
      </Stack>
    </Card>
  );
}
