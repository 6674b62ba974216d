import { useQuery } from '@apollo/client/react';
import { TaskStatus, type TaskKind } from '@waymark/shared/types';
import { clientTasksQuery } from '../worklist/worklist.operations';

/** The client's open tasks of one enrollment (of one kind, when given), fresh from the API. */
export function useEnrollmentTasks(clientId: string, enrollmentId: string, kind?: TaskKind) {
  const { data, loading, error, refetch } = useQuery(clientTasksQuery, {
    variables: { clientId, status: TaskStatus.OPEN },
    fetchPolicy: 'cache-and-network',
  });
  const tasks = data?.clientTasks.filter((task) => task.enrollmentId === enrollmentId && (!kind || task.kind === kind));
  return { tasks, loading, error, refetch: () => void refetch() };
}
