import { useState } from 'react';
import { Anchor, Card, Chip, Group, Stack, Text, Timeline } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TIMELINE_KINDS, type TimelineKind } from '@waymark/shared/types';
import { appendEdges, type ClientProfileFieldsFragment, LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { formatDateTime } from '../../shared/format';
import { RecordList } from '../../shared/record-list';
import { clientTimelineQuery } from '../profile.operations';
import { useProfileExtensions } from '../profile-extensions';
import { sourcePath } from '../profile-tabs';
import { TimelineIcon } from './timeline-icon';

const PAGE_SIZE = 30;

/** One story per client: everything that happened to them, newest first, each opening its source. */
export function TimelineTab({ client }: { client: Pick<ClientProfileFieldsFragment, 'id'> }) {
  const { t, i18n } = useTranslation('client');
  const extensions = useProfileExtensions().tabs;
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const kindLabel = (kind: TimelineKind) => t(`timeline.kind.${kind}`, { defaultValue: kind });
  const openLabel = (kind: TimelineKind) => t(`timeline.openSource.${kind}`, { defaultValue: t('timeline.openGeneric') });
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(clientTimelineQuery, {
    variables: { clientId: client.id, first: PAGE_SIZE, kinds: kinds.length ? kinds : null },
    // Whatever happened in the other tabs since shows as soon as the timeline opens.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (error ? data : (data ?? previousData))?.clientTimeline;
  const more = useLoadMore(kinds.join(','), (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ clientTimeline: appendEdges(shown.clientTimeline, fetchMoreResult.clientTimeline) }),
    }),
  );
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md">
        <Chip.Group multiple value={kinds} onChange={(value) => setKinds(value.filter((kind): kind is TimelineKind => (TIMELINE_KINDS as string[]).includes(kind)))}>
          <Group gap="xs" role="group" aria-label={t('timeline.filter')}>
            {TIMELINE_KINDS.map((kind) => (
              <Chip key={kind} value={kind} size="sm" variant="outline">
                {t(`timeline.kind.${kind}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <RecordList
          total={connection?.edges.length}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          empty={{ icon: <IconTimeline aria-hidden />, title: kinds.length ? t('timeline.emptyFiltered') : t('timeline.empty') }}
        >
          <Timeline bulletSize={28} lineWidth={2} role="list" aria-label={t('timeline.label')} aria-busy={loading}>
            {connection?.edges.map(({ node }) => (
              <Timeline.Item key={node.id} role="listitem" bullet={<TimelineIcon kind={node.kind} />}>
                <Stack gap={2}>
                  <Text fw={600} size="sm">
                    {kindLabel(node.kind)}
                  </Text>
                  {/* The API writes summaries in English; marked so, a screen reader reads them as English in a Spanish page. */}
                  <Text size="sm" lang="en">
                    {node.summary}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[formatDateTime(node.occurredAt, i18n.language), node.actor?.displayName].filter(Boolean).join(' · ')}
                  </Text>
                  <Anchor component={Link} to={sourcePath(client.id, node.kind, node.sourceId, extensions)} size="sm" aria-label={`${openLabel(node.kind)}: ${node.summary}`}>
                    {openLabel(node.kind)}
                  </Anchor>
                </Stack>
              </Timeline.Item>
            ))}
          </Timeline>
          {connection ? (
            <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
          ) : null}
        </RecordList>
      </Stack>
    </Card>
  );
}
