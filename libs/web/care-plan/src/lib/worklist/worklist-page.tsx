import { useState } from 'react';
import { Button, Card, Stack } from '@mantine/core';
import { IconListCheck, IconPlus } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadMoreFooter, Page, useSessionState } from '@waymark/web/core';
import { RecordList, useWorkerOptions } from '@waymark/web/client';
import { TaskFormDialog } from './task-form-dialog';
import { TaskList } from './task-list';
import { useTaskActs } from './task-acts';
import { useWorklistTasks } from './use-worklist-tasks';
import { filtersFromParams, filtersToParams, WorklistFilters, type WorklistFilterValues } from './worklist-filters';
import { carriesTasks, overseesWork } from './task-roles';

/** The worklist: my open tasks (a supervisor: anyone's), filtered by when and what, a page at a time; create and act on them. */
export function WorklistPage() {
  const { t } = useTranslation('carePlan');
  const { user } = useSessionState();
  const supervisor = overseesWork(user?.role);
  const workers = useWorkerOptions(supervisor);
  const [params, setParams] = useSearchParams();
  const parsed = filtersFromParams(params);
  // Only supervisors look at other people's tasks; anyone else always sees their own.
  const filters: WorklistFilterValues = supervisor ? parsed : { ...parsed, whose: 'me' };
  const change = (patch: Partial<WorklistFilterValues>) => setParams(filtersToParams({ ...filters, ...patch }), { replace: true });
  const { connection, loading, loadingMore, error, refetch, more } = useWorklistTasks(filters);
  const { onAct, dialog } = useTaskActs();
  const [creating, setCreating] = useState(false);
  const filtered = !!filters.timing || !!filters.kind || !!filters.dueWithin;
  const description =
    filters.whose === 'me'
      ? t('worklist.description')
      : filters.whose === 'all'
        ? t('worklist.descriptionAll')
        : filters.whose === 'queue'
          ? t('worklist.descriptionQueue')
          : t('worklist.descriptionWorker');
  return (
    <Page
      title={t('worklist.title')}
      description={description}
      actions={
        carriesTasks(user?.role) ? (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
            {t('worklist.newTask')}
          </Button>
        ) : null
      }
    >
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          <WorklistFilters values={filters} workers={supervisor ? workers.options : null} onChange={change} />
          <RecordList
            total={connection?.totalCount}
            loading={loading}
            error={error}
            onRetry={refetch}
            loadingLabel={t('worklist.loading')}
            countLabel={t('worklist.count', { count: connection?.totalCount ?? 0 })}
            empty={{
              headingOrder: 2,
              icon: <IconListCheck aria-hidden />,
              title: t('worklist.emptyTitle'),
              description: t('worklist.emptyDescription'),
              action: filtered ? (
                <Button variant="light" onClick={() => change({ timing: null, kind: null, dueWithin: null })}>
                  {t('worklist.filters.clear')}
                </Button>
              ) : null,
            }}
          >
            <TaskList tasks={connection?.edges.map((edge) => edge.node) ?? []} showAssignee={filters.whose !== 'me'} headingOrder={3} onAct={onAct} />
            {connection ? <LoadMoreFooter pageInfo={connection.pageInfo} loading={loadingMore} error={more.error} onLoadMore={more.loadMore} /> : null}
          </RecordList>
        </Stack>
      </Card>
      {dialog}
      {creating ? <TaskFormDialog onClose={() => setCreating(false)} /> : null}
    </Page>
  );
}
