import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TASK_TIMINGS, TaskTiming, UPCOMING_WINDOW_DAYS } from '@waymark/shared/types';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { TaskList } from '../worklist/task-list';
import { useTaskActs } from '../worklist/task-acts';
import { filtersToParams } from '../worklist/worklist-filters';
import { dashboardTasksQuery } from './dashboard.operations';
import { DashboardPanel } from './dashboard-panel';
import { useCountFormat } from './use-count-format';

const SHOWN = 5;
const ALIAS: Record<TaskTiming, 'overdue' | 'today' | 'upcoming'> = { OVERDUE: 'overdue', TODAY: 'today', UPCOMING: 'upcoming' };
/** Upcoming means the same window as the "next days" count above it and the list it links to. */
const WINDOW: Record<TaskTiming, number | null> = { OVERDUE: null, TODAY: null, UPCOMING: UPCOMING_WINDOW_DAYS };

/**
 * My overdue, today's and next days' tasks, the first few of each, completed right here; when
 * nothing falls in the next days, the one task after them, so the morning view always says
 * what comes next.
 */
export function MyTasksPanel() {
  const { t } = useTranslation('carePlan');
  const count = useCountFormat();
  const { data, loading, error, refetch } = useQuery(dashboardTasksQuery, { variables: { first: SHOWN, upcomingDays: UPCOMING_WINDOW_DAYS }, fetchPolicy: 'cache-and-network' });
  const { onAct, dialog } = useTaskActs();
  return (
    <DashboardPanel
      id="my-tasks"
      title={t('dashboard.tasks')}
      action={
        <Button component={Link} to="/worklist" variant="light" size="xs">
          {t('dashboard.openWorklist')}
        </Button>
      }
    >
      {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <LoadingState /> : null}
      {data
        ? TASK_TIMINGS.map((timing) => {
            const section = data[ALIAS[timing]];
            const headingId = `my-tasks-${timing}`;
            const within = WINDOW[timing];
            const windowed = within ? { count: within } : {};
            return (
              <Stack key={timing} gap="xs" component="section" aria-labelledby={headingId}>
                <Text component="h3" fz="md" fw={700} m={0} id={headingId} c={timing === TaskTiming.OVERDUE && section.totalCount ? 'red.8' : undefined}>
                  {t(`dashboard.sections.${timing}`, windowed)} ({count(section.totalCount)})
                </Text>
                {section.edges.length ? (
                  <TaskList tasks={section.edges.map((edge) => edge.node)} headingOrder={4} onAct={onAct} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t(`dashboard.empty.${timing}`, windowed)}
                  </Text>
                )}
                {timing === TaskTiming.UPCOMING && !section.edges.length && data.next.edges.length ? (
                  <>
                    <Text size="sm">{t('dashboard.nextAfter')}</Text>
                    <TaskList tasks={data.next.edges.map((edge) => edge.node)} headingOrder={4} onAct={onAct} />
                  </>
                ) : null}
                {section.totalCount > section.edges.length ? (
                  <Anchor component={Link} to={`/worklist?${filtersToParams({ timing, kind: null, dueWithin: within, whose: 'me' }).toString()}`} size="sm">
                    {t('dashboard.seeAll', { count: section.totalCount, number: count(section.totalCount) })}
                  </Anchor>
                ) : null}
              </Stack>
            );
          })
        : null}
      {dialog}
    </DashboardPanel>
  );
}
