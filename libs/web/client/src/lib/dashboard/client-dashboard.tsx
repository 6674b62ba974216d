import type { ReactNode } from 'react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Role } from '@waymark/shared/types';
import { ErrorState, LoadingState, useSessionState } from '@waymark/web/core';
import { myCaseloadQuery } from '../client.operations';
import { ClientIdentity } from '../shared/client-identity';
import { formatDateTime } from '../shared/format';
import { supervises } from '../shared/roles';
import { dashboardDraftNotesQuery, incidentsAwaitingReviewQuery } from './dashboard.operations';

const SHOWN = 5;

function Panel({ title, action, children }: { title: string; action: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text component="h2" fz="lg" fw={700} m={0}>
            {title}
          </Text>
          {action}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

function MyCaseload() {
  const { t } = useTranslation('client');
  const { data, loading, error, refetch } = useQuery(myCaseloadQuery, { variables: { first: SHOWN }, fetchPolicy: 'cache-and-network' });
  const connection = data?.myCaseload;
  return (
    <Panel
      title={t('dashboard.caseload')}
      action={
        <Button component={Link} to="/clients/caseload" variant="light" size="xs">
          {t('dashboard.caseloadAll', { count: connection?.totalCount ?? 0 })}
        </Button>
      }
    >
      {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? <LoadingState /> : null}
      {connection && !connection.edges.length ? <Text c="dimmed">{t('caseload.emptyTitle')}</Text> : null}
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {connection?.edges.map(({ node }) => (
          <li key={node.id}>
            <Anchor component={Link} to={`/clients/${node.id}`} underline="never" c="inherit" display="block">
              <ClientIdentity client={node} />
            </Anchor>
          </li>
        ))}
      </Stack>
    </Panel>
  );
}

function MyDrafts() {
  const { t, i18n } = useTranslation('client');
  const { data, error, refetch } = useQuery(dashboardDraftNotesQuery, { variables: { first: SHOWN }, fetchPolicy: 'cache-and-network' });
  const drafts = data?.myDraftNotes;
  return (
    <Panel title={t('dashboard.drafts')} action={drafts ? <Badge variant="light">{drafts.totalCount}</Badge> : null}>
      {error && !drafts ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {drafts && !drafts.edges.length ? <Text c="dimmed">{t('dashboard.noDrafts')}</Text> : null}
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {drafts?.edges.map(({ node }) => (
          <li key={node.id}>
            <Anchor component={Link} to={`/clients/${node.clientId}/notes?item=${node.id}`}>
              {t('dashboard.draft', { type: t(`tabs.notes.type.${node.noteType}`), time: formatDateTime(node.occurredAt, i18n.language) })}
            </Anchor>
          </li>
        ))}
      </Stack>
    </Panel>
  );
}

function ReviewQueue() {
  const { t } = useTranslation('client');
  const { data, error, refetch } = useQuery(incidentsAwaitingReviewQuery, { variables: { first: 1 }, fetchPolicy: 'cache-and-network' });
  const count = data?.incidentsAwaitingReview.totalCount;
  return (
    <Panel
      title={t('reviewQueue.title')}
      action={
        <Button component={Link} to="/clients/incidents" variant="light" size="xs">
          {t('dashboard.openQueue')}
        </Button>
      }
    >
      {error && count === undefined ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {count !== undefined ? <Text>{t('reviewQueue.count', { count })}</Text> : null}
    </Panel>
  );
}

/** What a worker picks up first: their caseload and drafts, or the incidents waiting for a supervisor. */
export function ClientDashboard() {
  const { user } = useSessionState();
  const role = user?.role;
  const caseManager = role === Role.CASE_MANAGER;
  if (!caseManager && !supervises(role)) return null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {caseManager ? <MyCaseload /> : null}
      {caseManager ? <MyDrafts /> : null}
      {supervises(role) ? <ReviewQueue /> : null}
    </SimpleGrid>
  );
}
