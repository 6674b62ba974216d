import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { formatCalendarDate } from '@waymark/web/client';
import { overdueByWorkerQuery } from './dashboard.operations';
import { DashboardPanel } from './dashboard-panel';
import { useCountFormat } from './use-count-format';

/** For supervisors: who is behind, by how much and since when; each worker opens their worklist. */
export function OverdueByWorkerPanel() {
  const { t, i18n } = useTranslation('carePlan');
  const count = useCountFormat();
  const { data, loading, error, refetch } = useQuery(overdueByWorkerQuery, { fetchPolicy: 'cache-and-network' });
  const rows = data?.overdueByWorker.filter((row) => row.overdue > 0);
  return (
    <DashboardPanel id="overdue-by-worker" title={t('dashboard.overdueByWorker.title')}>
      {error && !rows ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !rows ? <LoadingState /> : null}
      {rows && !rows.length ? <Text c="dimmed">{t('dashboard.overdueByWorker.empty')}</Text> : null}
      {rows?.length ? (
        <Table.ScrollContainer minWidth={420}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboard.overdueByWorker.worker')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('dashboard.overdueByWorker.overdue')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('dashboard.overdueByWorker.escalated')}
                </Table.Th>
                <Table.Th scope="col">{t('dashboard.overdueByWorker.oldest')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.worker.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor
                      component={Link}
                      to={`/worklist?whose=${row.worker.id}&timing=OVERDUE`}
                      aria-label={t('dashboard.overdueByWorker.open', { name: row.worker.displayName })}
                    >
                      {row.worker.displayName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td ta="end">{count(row.overdue)}</Table.Td>
                  <Table.Td ta="end">{count(row.escalated)}</Table.Td>
                  <Table.Td>{formatCalendarDate(row.oldestDueOn, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </DashboardPanel>
  );
}
