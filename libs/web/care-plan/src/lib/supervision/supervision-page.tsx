import { Card, Group, Select, Stack, Tabs, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState, Page } from '@waymark/web/core';
import { BalanceBars, BalanceLegend } from './balance-bars';
import { BalanceTable } from './balance-table';
import { supervisionBalanceQuery, supervisionProgramsQuery } from './supervision.operations';
import { WorkerCasesPanel } from './worker-cases-panel';
import { WorkerOverdueWork } from './worker-overdue-work';
import { workerBalances } from './worker-balance';

type View = 'overdue' | 'cases';

/**
 * Supervision: how cases and open work are spread across the team (bars and a table, over one
 * program or all), then one worker's overdue work and cases, from which several cases move to
 * another worker at once. The program, the worker and the view live in the address.
 */
export function SupervisionPage() {
  const { t } = useTranslation('carePlan');
  const [params, setParams] = useSearchParams();
  const programId = params.get('program');
  const workerId = params.get('worker');
  const view: View = params.get('view') === 'cases' ? 'cases' : 'overdue';
  const change = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const programs = useQuery(supervisionProgramsQuery);
  const balance = useQuery(supervisionBalanceQuery, { variables: { programId }, fetchPolicy: 'cache-and-network' });
  // Another program's figures never stand under this one's name: they stay only while it loads, never after a failure.
  const answer = balance.error ? balance.data : (balance.data ?? balance.previousData);
  const reloading = balance.loading && !balance.data;
  const { workers, queue } = answer ? workerBalances(answer) : { workers: [], queue: null };
  const selected = workers.find((row) => row.worker.id === workerId) ?? null;

  return (
    <Page title={t('supervision.title')} description={t('supervision.description')}>
      <Stack gap="lg">
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="supervision-balance">
          <Stack gap="md">
            <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
              <Title order={2} size="h3" id="supervision-balance">
                {t('supervision.balance')}
              </Title>
              <Select
                label={t('supervision.program')}
                w={{ base: '100%', sm: 280 }}
                allowDeselect={false}
                value={programId ?? ''}
                onChange={(value) => change({ program: value || null })}
                data={[{ value: '', label: t('supervision.allPrograms') }, ...(programs.data?.programs ?? []).map((program) => ({ value: program.id, label: program.name }))]}
                error={programs.error ? t('supervision.programsFailed') : undefined}
              />
            </Group>
            {balance.error ? <ErrorState error={balance.error} onRetry={() => void balance.refetch()} /> : null}
            {reloading ? <LoadingState /> : null}
            {answer && !workers.length && !queue?.open ? <EmptyView headingOrder={3} icon={<IconUsersGroup aria-hidden />} title={t('supervision.noWorkers')} /> : null}
            {workers.length || queue?.open ? (
              <Stack gap="md" aria-busy={reloading}>
                {workers.length ? (
                  <>
                    <BalanceLegend />
                    <BalanceBars workers={workers} />
                  </>
                ) : null}
                <BalanceTable workers={workers} queue={queue} selectedId={selected?.worker.id ?? null} onSelect={(id) => change({ worker: id })} />
              </Stack>
            ) : null}
          </Stack>
        </Card>
        {selected ? (
          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="supervision-worker">
            <Stack gap="md">
              <Title order={2} size="h3" id="supervision-worker">
                {t('supervision.workerTitle', { name: selected.worker.displayName })}
              </Title>
              <Tabs value={view} onChange={(value) => change({ view: value === 'cases' ? 'cases' : null })} keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="overdue">{t('supervision.tabs.overdue', { count: selected.tasks.overdue })}</Tabs.Tab>
                  <Tabs.Tab value="cases">{t('supervision.tabs.cases', { count: selected.caseload.totalClients })}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="overdue" pt="md">
                  <WorkerOverdueWork key={programId ?? ''} workerId={selected.worker.id} name={selected.worker.displayName} programId={programId} />
                </Tabs.Panel>
                <Tabs.Panel value="cases" pt="md">
                  {/* Keyed, so a selection made for one worker or program never carries over to another. */}
                  <WorkerCasesPanel key={`${selected.worker.id}:${programId ?? ''}`} workerId={selected.worker.id} name={selected.worker.displayName} programId={programId} />
                </Tabs.Panel>
              </Tabs>
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </Page>
  );
}
