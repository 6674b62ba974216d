import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TaskTiming } from '@waymark/shared/types';
import { RecordList } from '@waymark/web/client';
import { LoadMoreFooter } from '@waymark/web/core';
import { TaskList } from '../worklist/task-list';
import { useTaskActs } from '../worklist/task-acts';
import { useWorklistTasks } from '../worklist/use-worklist-tasks';

/**
 * A worker's overdue tasks (of one program's enrollments when one is chosen, as the tab counts them) as the worklist lists them (oldest first, a page at a time): client,
 * kind, due date and how long overdue; each opens its work, and under "More" may be reassigned.
 */
export function WorkerOverdueWork({ workerId, name, programId }: { workerId: string; name: string; programId: string | null }) {
  const { t } = useTranslation('carePlan');
  const { connection, loading, loadingMore, error, refetch, more } = useWorklistTasks({ whose: workerId, timing: TaskTiming.OVERDUE, kind: null, dueWithin: null }, programId);
  const { onAct, dialog } = useTaskActs();
  return (
    <>
      <RecordList
        total={connection?.totalCount}
        loading={loading}
        error={error}
        onRetry={refetch}
        loadingLabel={t('worklist.loading')}
        countLabel={t('supervision.overdue.count', { count: connection?.totalCount ?? 0, name })}
        empty={{ headingOrder: 3, icon: <IconCircleCheck aria-hidden />, title: t('supervision.overdue.emptyTitle'), description: t('supervision.overdue.empty', { name }) }}
      >
        <TaskList tasks={connection?.edges.map((edge) => edge.node) ?? []} headingOrder={3} onAct={onAct} />
        {connection ? <LoadMoreFooter pageInfo={connection.pageInfo} loading={loadingMore} error={more.error} onLoadMore={more.loadMore} /> : null}
      </RecordList>
      {dialog}
    </>
  );
}
