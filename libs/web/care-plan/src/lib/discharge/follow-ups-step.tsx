import { Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { TaskList } from '../worklist/task-list';
import { useTaskActs } from '../worklist/task-acts';
import { dischargeFollowUpsQuery } from './discharge.operations';

/** Step 5: the follow-ups after discharge that the worklist scheduled when the enrollment closed. */
export function FollowUpsStep({ clientId, enrollmentId }: { clientId: string; enrollmentId: string }) {
  const { t } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(dischargeFollowUpsQuery, { variables: { enrollmentId }, fetchPolicy: 'network-only' });
  const tasks = data?.tasks.edges.map((edge) => edge.node);
  const { onAct, dialog } = useTaskActs();
  return (
    <Stack gap="md">
      {error && !tasks ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !tasks ? <LoadingState /> : null}
      {tasks ? (
        tasks.length ? (
          <>
            <Text>{t('discharge.followUps.intro')}</Text>
            <TaskList tasks={tasks} headingOrder={3} onAct={onAct} />
          </>
        ) : (
          <Text c="dimmed">{t('discharge.followUps.none')}</Text>
        )
      ) : null}
      <Group>
        <Button component={Link} to={`/clients/${clientId}/enrollments?item=${enrollmentId}`}>
          {t('discharge.followUps.finish')}
        </Button>
      </Group>
      {dialog}
    </Stack>
  );
}
