import type { ApolloCache, Reference } from '@apollo/client';

/**
 * The queries that count tasks or weigh them (an open task stands in the way of a discharge),
 * and the short lists that show a few: a task done, cancelled, moved or created changes their
 * answers, so after each such act those on screen load again. The worklist's own pages are
 * kept instead (see `dropClosedTask`), so "load more" pages survive an act.
 */
export const TASK_COUNT_QUERIES = ['ClientTasks', 'WorkSummary', 'DashboardTasks', 'OverdueByWorker', 'ClosureCheck', 'DischargeFollowUps', 'SupervisionBalance'];

/** A created or edited task may land anywhere in the worklist's order, which only the API knows: its pages load again too. */
export const TASK_LIST_QUERIES = ['MyTasks', 'Tasks', ...TASK_COUNT_QUERIES];

interface CachedConnection {
  totalCount: number;
  edges: readonly { node: Reference }[];
}

/** The arguments a cached list was asked with, from its store name (`tasks({"filter":…})`). */
function listArgs(storeFieldName: string): { filter?: { assigneeId?: string | null; unassigned?: boolean | null } } {
  const open = storeFieldName.indexOf('(');
  return open < 0 ? {} : JSON.parse(storeFieldName.slice(open + 1, -1));
}

function withoutTask(list: CachedConnection, taskId: string, readField: (field: string, from: Reference) => unknown): CachedConnection {
  const edges = list.edges.filter((edge) => readField('id', edge.node) !== taskId);
  return edges.length === list.edges.length ? list : { ...list, edges, totalCount: Math.max(0, list.totalCount - 1) };
}

/**
 * Takes a task that is no longer open (done or cancelled) out of the worklist pages already
 * loaded — every one of them lists open tasks only — and lowers their counts.
 */
export function dropClosedTask(cache: ApolloCache, taskId: string) {
  cache.modify<{ myTasks: CachedConnection; tasks: CachedConnection }>({
    fields: {
      myTasks: (list, { readField }) => withoutTask(list as CachedConnection, taskId, readField as never),
      tasks: (list, { readField }) => withoutTask(list as CachedConnection, taskId, readField as never),
    },
  });
}

/**
 * Takes a task handed to someone else out of the pages it no longer belongs to: the caller's
 * own (unless it came back to them) and those of a worker or of the queue it left. Everyone's
 * list keeps it, showing its new assignee.
 */
export function dropReassignedTask(cache: ApolloCache, taskId: string, assigneeId: string | null, me: string | null) {
  cache.modify<{ myTasks: CachedConnection; tasks: CachedConnection }>({
    fields: {
      myTasks: (list, { readField }) => (assigneeId === me ? list : withoutTask(list as CachedConnection, taskId, readField as never)),
      tasks: (list, { readField, storeFieldName }) => {
        const filter = listArgs(storeFieldName).filter;
        const left = (!!filter?.assigneeId && filter.assigneeId !== assigneeId) || (!!filter?.unassigned && !!assigneeId);
        return left ? withoutTask(list as CachedConnection, taskId, readField as never) : list;
      },
    },
  });
}
