import { useState } from 'react';
import { Button, Card, Group, Stack, Switch, TextInput, Title } from '@mantine/core';
import { IconPhoneCall, IconPhonePlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ON_CALL_MANAGER_ROLES, type Role } from '@waymark/shared/types';
import { appendEdges, type EmergencyCallFieldsFragment, LoadMoreFooter, useLoadMore, useSessionState } from '@waymark/web/core';
import { endOfDay, RecordList, startOfDay } from '@waymark/web/client';
import { CallCard } from './call-card';
import { FollowUpDialog } from './follow-up-dialog';
import { LogCallDialog } from './log-call-dialog';
import { emergencyCallQuery, emergencyCallsQuery } from './on-call.operations';
import { useCallFocus } from './use-call-focus';

const PAGE_SIZE = 20;

/** The emergency log, newest first, filtered by date and by what awaits follow-up; a link's call (`?call=`) shown first when it is further down. */
export function EmergencyLogSection({ canLog }: { canLog: boolean }) {
  const { t } = useTranslation('carePlan');
  const { user } = useSessionState();
  const [params, setParams] = useSearchParams();
  const needsFollowUp = params.get('followUp') === 'open';
  const [fromDay, toDay] = [params.get('from') ?? '', params.get('to') ?? ''];
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const variables = { first: PAGE_SIZE, needsFollowUp: needsFollowUp || null, from: startOfDay(fromDay), to: endOfDay(toDay) };
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(emergencyCallsQuery, { variables, notifyOnNetworkStatusChange: true });
  const connection = data?.emergencyCalls;
  const linked = params.get('call');
  const inPage = !!connection?.edges.some(({ node }) => node.id === linked);
  const single = useQuery(emergencyCallQuery, { variables: { id: linked ?? '' }, skip: !linked || !connection || inPage });
  const focus = useCallFocus(!!connection && (inPage || !!single.data));
  const more = useLoadMore(JSON.stringify(variables), (after) =>
    fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ emergencyCalls: appendEdges(shown.emergencyCalls, fetchMoreResult.emergencyCalls) }) }),
  );
  const [logging, setLogging] = useState(false);
  const [followingUp, setFollowingUp] = useState<EmergencyCallFieldsFragment | null>(null);
  const mayFollowUp = (call: EmergencyCallFieldsFragment) =>
    call.followUpNeeded && !call.followedUpAt && (call.followUpAssignee?.id === user?.id || ON_CALL_MANAGER_ROLES.includes(user?.role as Role));
  const card = (call: EmergencyCallFieldsFragment) => (
    <CallCard key={call.id} call={call} highlighted={call.id === focus} onFollowUp={mayFollowUp(call) ? () => setFollowingUp(call) : null} />
  );
  const extra = single.data?.emergencyCall && !inPage ? single.data.emergencyCall : null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="emergency-log-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id="emergency-log-heading">
            {t('onCall.log.heading')}
          </Title>
          {canLog ? (
            <Button leftSection={<IconPhonePlus size={18} aria-hidden />} onClick={() => setLogging(true)}>
              {t('onCall.log.open')}
            </Button>
          ) : null}
        </Group>
        <Group gap="md" wrap="wrap" align="flex-end">
          <TextInput type="date" label={t('onCall.log.from')} value={fromDay} onChange={(event) => setFilter('from', event.currentTarget.value)} />
          <TextInput type="date" label={t('onCall.log.to')} value={toDay} onChange={(event) => setFilter('to', event.currentTarget.value)} />
          <Switch label={t('onCall.log.needsFollowUp')} checked={needsFollowUp} onChange={(event) => setFilter('followUp', event.currentTarget.checked ? 'open' : null)} />
        </Group>
        {extra ? card(extra) : null}
        <RecordList
          total={connection?.totalCount}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={t('onCall.log.loading')}
          countLabel={t('onCall.log.count', { count: connection?.totalCount ?? 0 })}
          empty={{ icon: <IconPhoneCall aria-hidden />, title: t('onCall.log.emptyTitle'), description: t('onCall.log.emptyText') }}
        >
          <Stack gap="sm">{connection?.edges.map(({ node }) => card(node))}</Stack>
          {connection ? <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === 3} error={more.error} onLoadMore={more.loadMore} /> : null}
        </RecordList>
      </Stack>
      {logging ? <LogCallDialog onClose={() => setLogging(false)} /> : null}
      {followingUp ? <FollowUpDialog call={followingUp} onClose={() => setFollowingUp(null)} /> : null}
    </Card>
  );
}
