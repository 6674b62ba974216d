import { Stack } from '@mantine/core';
import { useSessionState } from '@waymark/web/core';
import type { TaskItem } from './task-item';
import { TaskRow, type TaskAct } from './task-row';
import { carriesTasks, overseesWork } from './task-roles';

/** Tasks as a list, each a row with the acts the signed-in person may take (auditors only read). */
export function TaskList({
  tasks,
  showAssignee,
  headingOrder,
  onAct,
}: {
  tasks: readonly TaskItem[];
  showAssignee?: boolean;
  headingOrder?: 3 | 4;
  onAct: (act: TaskAct, task: TaskItem) => void;
}) {
  const { user } = useSessionState();
  const mayAct = carriesTasks(user?.role);
  return (
    <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {tasks.map((task) => (
        <li key={task.id}>
          <TaskRow task={task} showAssignee={showAssignee} headingOrder={headingOrder} mayAct={mayAct} oversees={overseesWork(user?.role)} onAct={onAct} />
        </li>
      ))}
    </Stack>
  );
}
