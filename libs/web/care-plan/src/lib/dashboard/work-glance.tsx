import { SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ASSESSMENTS_DUE_WINDOW_DAYS, TaskKind, TaskTiming, UPCOMING_WINDOW_DAYS } from '@waymark/shared/types';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { filtersToParams, type WorklistFilterValues } from '../worklist/worklist-filters';
import { workSummaryQuery } from './dashboard.operations';
import { DashboardPanel } from './dashboard-panel';
import { useCountFormat } from './use-count-format';

type Count = 'overdue' | 'dueToday' | 'upcoming' | 'assessmentsDue' | 'caseload';

const worklist = (filters: Partial<WorklistFilterValues>) =>
  `/worklist?${filtersToParams({ timing: null, kind: null, dueWithin: null, whose: 'me', ...filters }).toString()}`;

/**
 * Where each count leads: the worklist filtered to exactly what the API's workSummary counts
 * (the same windows), or the caseload.
 */
const TARGET: Record<Count, string> = {
  overdue: worklist({ timing: TaskTiming.OVERDUE }),
  dueToday: worklist({ timing: TaskTiming.TODAY }),
  upcoming: worklist({ timing: TaskTiming.UPCOMING, dueWithin: UPCOMING_WINDOW_DAYS }),
  assessmentsDue: worklist({ kind: TaskKind.ASSESSMENT_DUE, dueWithin: ASSESSMENTS_DUE_WINDOW_DAYS }),
  caseload: '/clients/caseload',
};

/** The window a count covers, for its label. */
const WINDOW: Partial<Record<Count, number>> = { upcoming: UPCOMING_WINDOW_DAYS, assessmentsDue: ASSESSMENTS_DUE_WINDOW_DAYS };

/** My day in numbers, each a link to the list it counts. */
export function WorkGlance({ withCaseload }: { withCaseload: boolean }) {
  const { t } = useTranslation('carePlan');
  const format = useCountFormat();
  const { data, loading, error, refetch } = useQuery(workSummaryQuery, { fetchPolicy: 'cache-and-network' });
  const summary = data?.workSummary;
  const counts: Count[] = ['overdue', 'dueToday', 'upcoming', 'assessmentsDue', ...(withCaseload ? (['caseload'] as const) : [])];
  return (
    <DashboardPanel id="work-glance" title={t('dashboard.glance')}>
      {error && !summary ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !summary ? <LoadingState /> : null}
      {summary ? (
        <SimpleGrid cols={{ base: 2, sm: 3, lg: counts.length }} spacing="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {counts.map((count) => {
            const value = summary[count];
            const alarming = count === 'overdue' && value > 0;
            const label = t(`dashboard.count.${count}`, { count: WINDOW[count] });
            return (
              <li key={count}>
                <UnstyledButton
                  component={Link}
                  to={TARGET[count]}
                  aria-label={t('dashboard.countLink', { label, number: format(value) })}
                  display="block"
                  p="sm"
                  h="100%"
                  style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
                >
                  <Text fz={28} fw={700} lh={1.1} c={alarming ? 'red.8' : undefined}>
                    {format(value)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {label}
                  </Text>
                </UnstyledButton>
              </li>
            );
          })}
        </SimpleGrid>
      ) : null}
    </DashboardPanel>
  );
}
