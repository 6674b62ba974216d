import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { appendEdges, useLoadMore } from '@waymark/web/core';
import type { WorklistFilterValues } from './worklist-filters';
import { myTasksQuery, tasksQuery } from './worklist.operations';

const PAGE_SIZE = 25;

/**
 * The tasks the filters ask for, a page at a time: the caller's own from `myTasks`, anyone
 * else's (a supervisor's choice) from `tasks`. While new filters load the previous rows stay;
 * after a failure they go, so no row shows under filters it does not match. `programId` narrows
 * anyone else's to one program's enrollments (supervision's balance over a program).
 */
export function useWorklistTasks(filters: WorklistFilterValues, programId: string | null = null) {
  const mine = filters.whose === 'me';
  const kinds = filters.kind ? [filters.kind] : null;
  const own = useQuery(myTasksQuery, {
    variables: { first: PAGE_SIZE, timing: filters.timing, kinds, dueWithinDays: filters.dueWithin },
    skip: !mine,
    notifyOnNetworkStatusChange: true,
  });
  const others = useQuery(tasksQuery, {
    variables: {
      first: PAGE_SIZE,
      filter: {
        timing: filters.timing,
        kinds,
        dueWithinDays: filters.dueWithin,
        assigneeId: mine || filters.whose === 'all' || filters.whose === 'queue' ? null : filters.whose,
        unassigned: filters.whose === 'queue' ? true : null,
        programId,
      },
    },
    skip: mine,
    notifyOnNetworkStatusChange: true,
  });
  const result = mine ? own : others;
  const connection = mine
    ? (own.error ? own.data : (own.data ?? own.previousData))?.myTasks
    : (others.error ? others.data : (others.data ?? others.previousData))?.tasks;
  const more = useLoadMore(JSON.stringify({ ...filters, programId }), (after) =>
    mine
      ? own.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ myTasks: appendEdges(shown.myTasks, fetchMoreResult.myTasks) }) })
      : others.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ tasks: appendEdges(shown.tasks, fetchMoreResult.tasks) }) }),
  );
  return {
    connection,
    loading: result.loading,
    loadingMore: result.networkStatus === NetworkStatus.fetchMore,
    error: result.error,
    refetch: () => void result.refetch(),
    more,
  };
}
