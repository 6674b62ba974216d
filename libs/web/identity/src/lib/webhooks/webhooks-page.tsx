import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconWebhook } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';
import { DeliveryLog } from './delivery-log';
import { AddAndListPage } from '../add-and-list-page';
import { ShownOnceModal } from '../shown-once-modal';
import { SubscriptionForm } from './subscription-form';
import {
  deleteWebhookSubscriptionMutation,
  pauseWebhookSubscriptionMutation,
  resumeWebhookSubscriptionMutation,
  rotateWebhookSecretMutation,
  webhookSubscriptionsQuery,
} from './webhook.operations';

/** Admin → Webhooks: subscriptions (add, pause, resume, rotate the secret, delete) and the delivery log. */
export function WebhooksPage() {
  const { t } = useTranslation('webhooks');
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(webhookSubscriptionsQuery);
  const refetchQueries = ['WebhookSubscriptions'];
  const [pause, paused] = useMutation(pauseWebhookSubscriptionMutation, { refetchQueries });
  const [resume, resumed] = useMutation(resumeWebhookSubscriptionMutation, { refetchQueries });
  const [rotate, rotated] = useMutation(rotateWebhookSecretMutation, { refetchQueries });
  const [remove, removed] = useMutation(deleteWebhookSubscriptionMutation, { refetchQueries: [...refetchQueries, 'WebhookDeliveries'] });
  const actionError = paused.error ?? resumed.error ?? rotated.error ?? removed.error;
  const subscriptions = data?.webhookSubscriptions.edges.map((edge) => edge.node);

  return (
    <AddAndListPage
      title={t('title')}
      description={t('description')}
      createLabel={t('create')}
      adding={adding}
      onAdd={() => setAdding(true)}
      form={
        <SubscriptionForm
          onCancel={() => setAdding(false)}
          onCreated={(newSecret) => {
            setAdding(false);
            setSecret(newSecret);
          }}
        />
      }
    >
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('subscriptions')}
          </Title>
          {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
          {loading && !data ? <LoadingState /> : null}
          {actionError ? <ErrorState error={actionError} /> : null}
          {subscriptions && subscriptions.length === 0 ? <EmptyView icon={<IconWebhook aria-hidden />} title={t('emptyTitle')} description={t('emptyDescription')} /> : null}
          {subscriptions && subscriptions.length > 0 ? (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="sm" aria-label={t('subscriptions')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('url')}</Table.Th>
                    <Table.Th scope="col">{t('events')}</Table.Th>
                    <Table.Th scope="col">{t('status')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('pause')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {subscriptions.map((s) => {
                    const input = { subscriptionId: s.id, version: s.version };
                    return (
                      <Table.Tr key={s.id} data-testid="webhook-subscription">
                        <Table.Td>
                          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                            {s.url}
                          </Text>
                          {s.description ? (
                            <Text size="sm" c="dimmed">
                              {s.description}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{s.events.map((type) => t(`eventTypes.${type}`)).join(', ')}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge color={s.active ? 'green' : s.pausedReason === 'FAILING' ? 'red' : 'gray'} variant="light">
                            {s.active ? t('active') : s.pausedReason === 'FAILING' ? t('pausedFailing') : t('pausedByAdmin')}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="wrap">
                            {s.active ? (
                              <Button size="xs" variant="default" onClick={() => void pause({ variables: { input } }).catch(() => undefined)}>
                                {t('pause')}
                              </Button>
                            ) : (
                              <Button size="xs" variant="default" onClick={() => void resume({ variables: { input } }).catch(() => undefined)}>
                                {t('resume')}
                              </Button>
                            )}
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() =>
                                void rotate({ variables: { input } })
                                  .then((result) => setSecret(result.data?.rotateWebhookSecret.secret ?? null))
                                  .catch(() => undefined)
                              }
                            >
                              {t('rotate')}
                            </Button>
                            <Button
                              size="xs"
                              color="red"
                              variant="light"
                              onClick={() => {
                                if (window.confirm(t('confirmRemove', { url: s.url }))) void remove({ variables: { input } }).catch(() => undefined);
                              }}
                            >
                              {t('remove')}
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Stack>
      </Card>
      <DeliveryLog />
      <ShownOnceModal
        value={secret}
        onClose={() => setSecret(null)}
        testId="webhook-secret"
        text={{ title: t('secretTitle'), warning: t('secretOnce'), copy: t('copy'), copied: t('copied'), done: t('secretDone') }}
      />
    </AddAndListPage>
  );
}
