import { Anchor, Card, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clientPickerLabel, formatDateTime } from '@waymark/web/client';
import { EmptyView, ErrorState, LoadingState, LoadMoreFooter, Page, useLoadMore } from '@waymark/web/core';
import { ChainCheck } from './chain-check';
import { actorLabel } from './event-actor';
import { EventChanges } from './event-changes';
import { ExportButton } from './export-button';
import { SeverityBadge } from './severity-badge';
import { reversedRange, toApiFilter, useTrailFilter } from './trail-filter';
import { TrailFilters } from './trail-filters';
import { auditEventsQuery } from './trail.operations';

const PAGE = 50;

/** /audit — the agency's audit trail for admins and auditors: filter it, read what changed, export it, check its chain. */
export function AuditTrailPage() {
  const { t, i18n } = useTranslation('audit');
  const { values, change, reset } = useTrailFilter();
  const badRange = reversedRange(values);
  const filter = toApiFilter(values);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(auditEventsQuery, {
    variables: { first: PAGE, filter },
    skip: badRange,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.auditEvents;
  // The `auditEvents` field policy appends a later page to the events already shown.
  const more = useLoadMore(JSON.stringify(filter), (after) => fetchMore({ variables: { after } }));
  const events = connection?.edges.map((edge) => edge.node) ?? [];
  const namedClient = events.find((event) => event.client && event.client.id === values.client)?.client;
  return (
    <Page title={t('trail.title')} description={t('trail.description')} actions={<ExportButton filter={filter} disabled={badRange} />}>
      <TrailFilters
        values={values}
        clientLabel={namedClient ? clientPickerLabel(namedClient) : null}
        onChange={change}
        onReset={reset}
      />
      {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {!connection && loading ? <LoadingState label={t('trail.loading')} /> : null}
      {connection && !events.length ? <EmptyView headingOrder={2} icon={<IconListSearch aria-hidden />} title={t('trail.empty')} description={t('trail.emptyText')} /> : null}
      {events.length ? (
        <Card withBorder radius="md" padding="md">
          <Stack gap="sm">
            <ScrollArea type="auto">
              <Table striped miw={720} verticalSpacing="xs" aria-label={t('trail.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('trail.columns.when')}</Table.Th>
                    <Table.Th scope="col">{t('trail.columns.action')}</Table.Th>
                    <Table.Th scope="col">{t('trail.columns.user')}</Table.Th>
                    <Table.Th scope="col">{t('trail.columns.client')}</Table.Th>
                    <Table.Th scope="col">{t('trail.columns.record')}</Table.Th>
                    <Table.Th scope="col">{t('trail.columns.details')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {events.map((event) => (
                    <Table.Tr key={event.id}>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDateTime(event.occurredAt, i18n.language)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" fw={500}>
                            {t(`trail.action.${event.action}`, { defaultValue: event.action })}
                          </Text>
                          {event.severity === 'HIGH' ? <SeverityBadge severity={event.severity} /> : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{actorLabel(event, t)}</Text>
                        {event.ip ? (
                          <Text size="xs" c="dimmed">
                            {event.ip}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {event.client ? (
                          <Anchor component={Link} to={`/clients/${event.client.id}`} size="sm">
                            {clientPickerLabel(event.client)}
                          </Anchor>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {event.clientId ?? '—'}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{event.entityType ?? '—'}</Text>
                        {event.entityId ? (
                          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                            {event.entityId}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td maw={360}>
                        {event.reason ? (
                          <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                            {t('trail.reason', { reason: event.reason, interpolation: { escapeValue: false } })}
                          </Text>
                        ) : null}
                        <EventChanges changes={event.changes} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            {connection ? <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} /> : null}
          </Stack>
        </Card>
      ) : null}
      <ChainCheck />
    </Page>
  );
}
