import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '@waymark/shared/types';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { TaskDue } from '../worklist/task-due';
import { useTaskTitle } from '../worklist/task-title';
import { caseloadNextTasksQuery } from './dashboard.operations';
import { DashboardPanel } from './dashboard-panel';
import { useCountFormat } from './use-count-format';

const SHOWN = 10;

const RISK_COLOR: Record<RiskLevel, string> = { LOW: 'gray', MODERATE: 'orange', HIGH: 'red' };

/**
 * The first clients of my caseload with what is to be done next for each: the client (a link
 * to their record), their risk, and their task due soonest, an overdue one marked in words.
 */
export function CaseloadNextTasksPanel() {
  const { t } = useTranslation('carePlan');
  const count = useCountFormat();
  const title = useTaskTitle();
  const { data, loading, error, refetch } = useQuery(caseloadNextTasksQuery, { variables: { first: SHOWN }, fetchPolicy: 'cache-and-network' });
  const caseload = data?.myCaseload;
  return (
    <DashboardPanel
      id="caseload-next-tasks"
      title={t('dashboard.caseload.title')}
      action={
        <Button component={Link} to="/clients/caseload" variant="light" size="xs">
          {t('dashboard.caseload.open')}
        </Button>
      }
    >
      {error && !caseload ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !caseload ? <LoadingState /> : null}
      {caseload && !caseload.edges.length ? <Text c="dimmed">{t('dashboard.caseload.empty')}</Text> : null}
      {caseload?.edges.length ? (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {caseload.edges.map(({ node: client }) => (
            <li key={client.id}>
              <Group gap="xs" wrap="wrap" align="baseline">
                <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
                  {client.displayName}
                </Anchor>
                <Badge color={RISK_COLOR[client.riskLevel]} variant={client.riskLevel === 'LOW' ? 'outline' : 'light'} size="sm">
                  {t(`risk.${client.riskLevel}`, { ns: 'client' })}
                </Badge>
              </Group>
              {client.nextTask ? (
                <Group gap="xs" wrap="wrap" align="baseline">
                  <Text size="sm">{t('dashboard.caseload.next', { task: title(client.nextTask) })}</Text>
                  <TaskDue task={client.nextTask} />
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('dashboard.caseload.noTask')}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      ) : null}
      {caseload && caseload.totalCount > caseload.edges.length ? (
        <Anchor component={Link} to="/clients/caseload" size="sm">
          {t('dashboard.caseload.seeAll', { count: caseload.totalCount, number: count(caseload.totalCount) })}
        </Anchor>
      ) : null}
    </DashboardPanel>
  );
}
