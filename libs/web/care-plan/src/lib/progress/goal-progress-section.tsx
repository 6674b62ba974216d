import { Stack, Text, Title } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';
import { GoalProgressChart } from './goal-progress-chart';
import { clientProgressQuery } from './progress.operations';

/** Progress and lack of progress over time, one chart per goal of the client's plans. */
export function GoalProgressSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(clientProgressQuery, { variables: { clientId } });
  const goals = (data?.clientProgress ?? []).filter((goal) => goal.entries.length > 0);
  return (
    <Stack gap="xs" component="section" aria-labelledby="goal-progress-heading">
      <Stack gap={2}>
        <Title order={3} size="h4" id="goal-progress-heading">
          {t('progress.chart.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('progress.chart.description')}
        </Text>
      </Stack>
      {!data && loading ? <LoadingState label={t('progress.chart.loading')} /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {data && !goals.length ? (
        <EmptyView headingOrder={3} icon={<IconChartLine aria-hidden />} title={t('progress.chart.emptyTitle')} description={t('progress.chart.emptyText')} />
      ) : null}
      {goals.length ? (
        <Stack gap="sm">
          {goals.map((goal) => (
            <GoalProgressChart key={goal.goalKey} goal={goal} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
