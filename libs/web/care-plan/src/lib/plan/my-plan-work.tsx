import { Badge, Button, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconClipboardHeart, IconExternalLink } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';
import { formatCalendarDate } from '@waymark/web/client';
import { myPlanWorkQuery } from './plan-queue.operations';

/** More than a caseload's worth of plan deadlines is rare; the worklist has them all. */
const SHOWN = 50;

/**
 * The plans a case manager owes: a first plan or an implementation plan to put in place (open
 * until a supervisor approves it, so drafts and plans awaiting approval stay here) and plans
 * due for review, soonest first, each opening the client's "Care plan" tab.
 */
export function MyPlanWork() {
  const { t, i18n } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(myPlanWorkQuery, { variables: { first: SHOWN }, fetchPolicy: 'cache-and-network' });
  const tasks = data?.myTasks.edges.map(({ node }) => node);
  if (!tasks) return loading ? <LoadingState label={t('plan.queue.loading')} /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!tasks.length) {
    return <EmptyView headingOrder={3} icon={<IconClipboardHeart aria-hidden />} title={t('plan.queue.work.emptyTitle')} description={t('plan.queue.work.emptyText')} />;
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" striped highlightOnHover>
        <Table.Caption>{t('plan.queue.count', { count: data?.myTasks.totalCount ?? tasks.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plan.queue.client')}</Table.Th>
            <Table.Th scope="col">{t('plan.queue.work.what')}</Table.Th>
            <Table.Th scope="col">{t('plan.queue.work.due')}</Table.Th>
            <Table.Th scope="col">{t('plan.queue.open')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {task.client?.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {task.client?.clientNumber}
                </Text>
              </Table.Td>
              <Table.Td>{t(`plan.queue.work.kind.${task.kind}`, { defaultValue: task.kind })}</Table.Td>
              <Table.Td>
                {formatCalendarDate(task.dueOn, i18n.language)}{' '}
                {task.timing === 'OVERDUE' ? (
                  <Badge color="red" variant="light" tt="none" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                    {t('plan.queue.work.overdue')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                {task.client ? (
                  <Button
                    component={Link}
                    to={`/clients/${task.client.id}/care-plan`}
                    size="compact-sm"
                    variant="light"
                    rightSection={<IconExternalLink size={14} aria-hidden />}
                    aria-label={t('plan.queue.openNamed', { name: task.client.displayName })}
                  >
                    {t('plan.queue.open')}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
