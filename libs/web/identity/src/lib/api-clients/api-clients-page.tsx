import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type ApiClientFieldsFragment, ApiClientStatus, EmptyView, ErrorState, LoadingState, LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { formatDateTime } from '../format';
import { ApiClientForm } from './api-client-form';
import { apiClientsQuery, revokeApiClientMutation, rotateApiClientSecretMutation } from './api-client.operations';
import { type Confirmation, ConfirmModal } from './confirm-modal';
import { AddAndListPage } from '../add-and-list-page';
import { ShownOnceModal } from '../shown-once-modal';

const PAGE_SIZE = 25;
const STATUS_COLOR: Record<ApiClientStatus, string> = { ACTIVE: 'green', EXPIRED: 'gray', REVOKED: 'red' };

/** Admin → API clients: the keys other systems call with (create, rotate, revoke), newest first. */
export function ApiClientsPage() {
  const { t, i18n } = useTranslation('apiClients');
  const [adding, setAdding] = useState(false);
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(apiClientsQuery, {
    variables: { first: PAGE_SIZE, includeRevoked },
    notifyOnNetworkStatusChange: true,
  });
  const [rotate, rotated] = useMutation(rotateApiClientSecretMutation, { refetchQueries: ['ApiClients'] });
  const [revoke, revoked] = useMutation(revokeApiClientMutation, { refetchQueries: ['ApiClients'] });
  const actionError = rotated.error ?? revoked.error;
  const connection = data?.apiClients;
  // The `apiClients` field policy appends a later page to the keys already shown.
  const more = useLoadMore(String(includeRevoked), (after) => fetchMore({ variables: { after } }));
  const clients = connection?.edges.map((edge) => edge.node);

  const askRotate = (client: ApiClientFieldsFragment) =>
    setConfirmation({
      title: t('rotateTitle', { name: client.name }),
      body: t('rotateBody'),
      confirm: t('rotateConfirm'),
      onConfirm: () =>
        void rotate({ variables: { input: { id: client.id, version: client.version } } })
          .then((result) => setToken(result.data?.rotateApiClientSecret.token ?? null))
          .catch(() => undefined),
    });
  const askRevoke = (client: ApiClientFieldsFragment) =>
    setConfirmation({
      title: t('revokeTitle', { name: client.name }),
      body: t('revokeBody'),
      confirm: t('revokeConfirm'),
      danger: true,
      onConfirm: () => void revoke({ variables: { input: { id: client.id, version: client.version } } }).catch(() => undefined),
    });

  return (
    <AddAndListPage
      title={t('title')}
      description={t('description')}
      createLabel={t('create')}
      adding={adding}
      onAdd={() => setAdding(true)}
      form={
        <ApiClientForm
          onCancel={() => setAdding(false)}
          onCreated={(newToken) => {
            setAdding(false);
            setToken(newToken);
          }}
        />
      }
    >
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h4">
              {t('list')}
            </Title>
            <Switch label={t('showRevoked')} checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.currentTarget.checked)} />
          </Group>
          {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
          {loading && !data ? <LoadingState /> : null}
          {actionError ? <ErrorState error={actionError} /> : null}
          {clients && clients.length === 0 ? <EmptyView icon={<IconKey aria-hidden />} title={t('emptyTitle')} description={t('emptyDescription')} /> : null}
          {clients && clients.length > 0 ? (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" aria-label={t('list')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('name')}</Table.Th>
                    <Table.Th scope="col">{t('scopes')}</Table.Th>
                    <Table.Th scope="col">{t('status')}</Table.Th>
                    <Table.Th scope="col">{t('lastUsed')}</Table.Th>
                    <Table.Th scope="col">{t('actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {clients.map((client) => (
                    <Table.Tr key={client.id} data-testid="api-client">
                      <Table.Td>
                        <Text fw={600}>{client.name}</Text>
                        <Text size="sm" c="dimmed">
                          {t('expires', { date: formatDateTime(client.expiresAt, i18n.language) })}
                        </Text>
                        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {client.allowedCidrs.length ? client.allowedCidrs.join(', ') : t('anyAddress')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {client.scopes.join(' ')}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {/* A badge shortens its label to fit; a status must be read whole, even on a tablet. */}
                        <Badge color={STATUS_COLOR[client.status]} variant="light" styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}>
                          {t(`statuses.${client.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{client.lastUsedAt ? formatDateTime(client.lastUsedAt, i18n.language) : t('never')}</Text>
                        {client.lastUsedIp ? (
                          <Text size="sm" c="dimmed">
                            {t('fromAddress', { ip: client.lastUsedIp })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {client.status === ApiClientStatus.Revoked ? null : (
                          <Group gap="xs" wrap="wrap">
                            {/* An expired key's new secret would never work (the API refuses): an expired key is replaced by a new one. */}
                            {client.status === ApiClientStatus.Active ? (
                              <Button size="xs" variant="default" onClick={() => askRotate(client)} aria-label={`${t('rotate')}: ${client.name}`}>
                                {t('rotate')}
                              </Button>
                            ) : null}
                            <Button size="xs" color="red" variant="light" onClick={() => askRevoke(client)} aria-label={`${t('revoke')}: ${client.name}`}>
                              {t('revoke')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
          {connection ? <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} /> : null}
        </Stack>
      </Card>
      <ConfirmModal confirmation={confirmation} onClose={() => setConfirmation(null)} />
      <ShownOnceModal
        value={token}
        onClose={() => setToken(null)}
        testId="api-client-token"
        text={{ title: t('tokenTitle'), warning: t('tokenWarning'), label: t('tokenLabel'), copy: t('copy'), copied: t('copied'), done: t('tokenDone') }}
      />
    </AddAndListPage>
  );
}
