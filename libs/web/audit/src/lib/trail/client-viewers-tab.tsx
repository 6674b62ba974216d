import { Anchor, Badge, Card, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ClientTabProps, formatDateTime } from '@waymark/web/client';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';
import { actorLabel } from './event-actor';
import { clientViewersQuery } from './trail.operations';

/** The client record's "Access log" for admins and auditors: who has read the record, how often, when and why. */
export function ClientViewersTab({ client }: ClientTabProps) {
  const { t, i18n } = useTranslation('audit');
  const { data, loading, error, refetch } = useQuery(clientViewersQuery, { variables: { clientId: client.id }, fetchPolicy: 'cache-and-network' });
  const viewers = data?.clientViewers;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} size="h3">
            {t('trail.viewers.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('trail.viewers.description')}
          </Text>
        </Stack>
        <Anchor component={Link} to={`/audit?client=${client.id}`} size="sm">
          {t('trail.viewers.allEvents')}
        </Anchor>
      </Group>
      {error && !viewers ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {!viewers && loading ? <LoadingState label={t('trail.viewers.loading')} /> : null}
      {viewers && !viewers.length ? <EmptyView headingOrder={3} icon={<IconEye aria-hidden />} title={t('trail.viewers.empty')} /> : null}
      {viewers?.length ? (
        <Card withBorder radius="md" padding="md">
          <ScrollArea type="auto">
            <Table striped miw={640} aria-label={t('trail.viewers.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('trail.viewers.columns.user')}</Table.Th>
                  <Table.Th scope="col">{t('trail.viewers.columns.views')}</Table.Th>
                  <Table.Th scope="col">{t('trail.viewers.columns.first')}</Table.Th>
                  <Table.Th scope="col">{t('trail.viewers.columns.last')}</Table.Th>
                  <Table.Th scope="col">{t('trail.viewers.columns.reasons')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {viewers.map((viewer) => (
                  <Table.Tr key={viewer.actorId}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap={6}>
                        <Anchor component={Link} to={`/audit?client=${client.id}&user=${viewer.actorId}`} size="sm">
                          {actorLabel(viewer, t)}
                        </Anchor>
                        {viewer.emergency ? (
                          <Badge color="red" variant="filled" size="sm">
                            {t('trail.viewers.emergency')}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Th>
                    <Table.Td>{viewer.views}</Table.Td>
                    <Table.Td>{formatDateTime(viewer.firstViewedAt, i18n.language)}</Table.Td>
                    <Table.Td>{formatDateTime(viewer.lastViewedAt, i18n.language)}</Table.Td>
                    <Table.Td maw={320}>
                      {viewer.reasons.map((reason) => (
                        <Text key={reason} size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {reason}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Card>
      ) : null}
    </Stack>
  );
}
