import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '@waymark/web/client';
import { useCountFormat } from '../dashboard/use-count-format';
import { useShareFormat } from './balance-bars';
import type { WorkerBalance } from './worker-balance';

/**
 * The balance in numbers, one row per worker, then the supervisors' queue (tasks nobody holds).
 * A worker's name opens their overdue work and cases below; the queue opens in the worklist.
 */
export function BalanceTable({
  workers,
  queue,
  selectedId,
  onSelect,
}: {
  workers: WorkerBalance[];
  queue: WorkerBalance['tasks'] | null;
  selectedId: string | null;
  onSelect: (workerId: string) => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const count = useCountFormat();
  const share = useShareFormat(true);
  const date = (day: string | null | undefined) => (day ? formatCalendarDate(day, i18n.language) : '—');
  const numbers = (tasks: WorkerBalance['tasks']) => (
    <>
      <Table.Td ta="end">{count(tasks.open)}</Table.Td>
      <Table.Td ta="end" c={tasks.overdue ? 'red.8' : undefined} fw={tasks.overdue ? 600 : undefined}>
        {count(tasks.overdue)}
      </Table.Td>
      <Table.Td ta="end">{count(tasks.dueThisWeek)}</Table.Td>
      <Table.Td>{date(tasks.oldestOverdueOn)}</Table.Td>
    </>
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs" aria-label={t('supervision.table.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('supervision.table.worker')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('supervision.table.clients')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('supervision.table.active')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('supervision.table.pending')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('supervision.table.onHold')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('supervision.table.highRisk')}
            </Table.Th>
            <Table.Th scope="col">{t('supervision.table.share')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('supervision.table.openTasks')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('supervision.table.overdue')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('supervision.table.dueThisWeek')}
            </Table.Th>
            <Table.Th scope="col">{t('supervision.table.oldestOverdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workers.map(({ worker, caseload, tasks }) => (
            <Table.Tr key={worker.id} bg={worker.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}>
              <Table.Th scope="row" fw={400}>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  px={4}
                  onClick={() => onSelect(worker.id)}
                  aria-pressed={worker.id === selectedId}
                  aria-label={t('supervision.table.open', { name: worker.displayName })}
                >
                  {worker.displayName}
                </Button>
                {!worker.active ? (
                  <Badge color="gray" variant="light" size="sm" ml={4}>
                    {t('supervision.inactive')}
                  </Badge>
                ) : null}
              </Table.Th>
              <Table.Td ta="end" fw={600}>
                {count(caseload.totalClients)}
              </Table.Td>
              <Table.Td ta="end">{count(caseload.activeClients)}</Table.Td>
              <Table.Td ta="end">{count(caseload.pendingClients)}</Table.Td>
              <Table.Td ta="end">{count(caseload.onHoldClients)}</Table.Td>
              <Table.Td ta="end">{count(caseload.highRiskClients)}</Table.Td>
              <Table.Td>{share(caseload.shareOfAverage)}</Table.Td>
              {numbers(tasks)}
            </Table.Tr>
          ))}
          {queue ? (
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to="/worklist?whose=queue" size="sm" px={4}>
                  {t('supervision.table.queue')}
                </Anchor>
              </Table.Th>
              <Table.Td colSpan={6}>
                <Text size="sm" c="dimmed">
                  {t('supervision.table.queueHoldsNoCases')}
                </Text>
              </Table.Td>
              {numbers(queue)}
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
