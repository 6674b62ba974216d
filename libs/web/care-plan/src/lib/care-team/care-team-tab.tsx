import { useState } from 'react';
import { Stack, Title } from '@mantine/core';
import { IconSchool, IconUsersGroup } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { appendEdges, type CareTeamTrainingFieldsFragment, LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { RecordList, TabSection, useItemFocus, useRecordPermissions, type ClientTabProps } from '@waymark/web/client';
import { careTeamTrainingsQuery } from './care-team.operations';
import { RemoveTraineeDialog } from './remove-trainee-dialog';
import { StatusMatrix } from './status-matrix';
import { TrainingCard } from './training-card';
import { TrainingForm } from './training-form';
import type { TrainingPrefill } from './training-prefill';
import { VoidTrainingDialog } from './void-training-dialog';

const PAGE_SIZE = 20;

type Acting =
  | { kind: 'record'; prefill: TrainingPrefill | null }
  | { kind: 'void'; trainingId: string }
  | { kind: 'remove'; trainingId: string; traineeId: string }
  | null;

/**
 * The client's care team: where each person stands on each topic, the trainings given (newest
 * first) and a way to record one. A refresher on the worklist links here with `?item=<trainee>`;
 * a timeline entry with `?item=<training>`: either lands on the training's card.
 */
export function CareTeamTab({ client }: ClientTabProps) {
  const { t } = useTranslation('carePlan');
  const { canWrite } = useRecordPermissions();
  const [acting, setActing] = useState<Acting>(null);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(careTeamTrainingsQuery, {
    variables: { clientId: client.id, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.careTeamTrainings;
  const item = useItemFocus(!!connection);
  const more = useLoadMore(client.id, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ careTeamTrainings: appendEdges(shown.careTeamTrainings, fetchMoreResult.careTeamTrainings) }),
    }),
  );
  const close = () => setActing(null);
  const reload = () => void refetch();
  // Dialogs act on the latest version, so a reload after a CONFLICT reaches them.
  const acted: CareTeamTrainingFieldsFragment | null =
    acting && acting.kind !== 'record' ? (connection?.edges.find(({ node }) => node.id === acting.trainingId)?.node ?? null) : null;
  const holds = (training: CareTeamTrainingFieldsFragment) => !!item && (training.id === item || training.trainees.some((trainee) => trainee.id === item));

  return (
    <TabSection
      id="care-team"
      title={t('careTeam.tab.title')}
      description={canWrite ? t('careTeam.tab.description') : t('careTeam.tab.descriptionReadOnly')}
      action={canWrite ? { icon: IconSchool, label: t('careTeam.tab.record'), onClick: () => setActing({ kind: 'record', prefill: null }) } : null}
    >
      <Stack gap="lg">
        <StatusMatrix clientId={client.id} canWrite={canWrite} onRefresh={(prefill) => setActing({ kind: 'record', prefill })} />
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('careTeam.history.title')}
          </Title>
          <RecordList
            total={connection?.totalCount}
            loading={loading && !connection}
            error={error}
            onRetry={reload}
            loadingLabel={t('careTeam.history.loading')}
            countLabel={t('careTeam.history.count', { count: connection?.totalCount ?? 0 })}
            empty={{
              icon: <IconUsersGroup aria-hidden />,
              title: t('careTeam.history.emptyTitle'),
              description: canWrite ? t('careTeam.history.emptyText') : t('careTeam.history.emptyTextReadOnly'),
            }}
          >
            <Stack gap="sm">
              {connection?.edges.map(({ node }) => (
                <TrainingCard
                  key={node.id}
                  training={node}
                  highlighted={holds(node)}
                  canWrite={canWrite}
                  onVoid={() => setActing({ kind: 'void', trainingId: node.id })}
                  onRemoveTrainee={(traineeId) => setActing({ kind: 'remove', trainingId: node.id, traineeId })}
                />
              ))}
            </Stack>
            {connection ? (
              <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
            ) : null}
          </RecordList>
        </Stack>
      </Stack>
      {acting?.kind === 'record' ? <TrainingForm clientId={client.id} prefill={acting.prefill} onClose={close} /> : null}
      {acting?.kind === 'void' && acted ? <VoidTrainingDialog training={acted} onClose={close} onReload={reload} /> : null}
      {acting?.kind === 'remove' && acted ? <RemoveTraineeDialog training={acted} traineeId={acting.traineeId} onClose={close} onReload={reload} /> : null}
    </TabSection>
  );
}
