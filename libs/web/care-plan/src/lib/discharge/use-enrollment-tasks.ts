import { useQuery } from '@apollo/client/react';
import { TaskStatus } from '@waymark/shared/types';
import { clientTasksQuery } from '../worklist/worklist.operations';

/** The client's open tasks of one enrollment, fresh from the API. */
export function useEnrollmentTasks(clientId: string, enrollmentId: string) {
  const { data, loading, error, refetch } = useQuery(clientTasksQuery, {
    variables: { clientId, status: TaskStatus.OPEN },
    fetchPolicy: 'cache-and-network',
  });
  const tasks = data?.clientTasks.filter((task) => task.enrollmentId === enrollmentId);
  return { tasks, loading, error, refetch: () => void refetch() };
}
