import { useState } from 'react';
import { CancelTaskDialog } from './cancel-task-dialog';
import { CompleteTaskDialog } from './complete-task-dialog';
import { ReassignTaskDialog } from './reassign-task-dialog';
import { TaskFormDialog } from './task-form-dialog';
import type { TaskItem } from './task-item';
import type { TaskAct } from './task-row';

/** The dialog of the act chosen on a task row; a list renders `dialog` once and hands `onAct` to its rows. */
export function useTaskActs() {
  const [chosen, setChosen] = useState<{ act: TaskAct; task: TaskItem } | null>(null);
  const close = () => setChosen(null);
  const onAct = (act: TaskAct, task: TaskItem) => setChosen({ act, task });
  let dialog = null;
  if (chosen?.act === 'complete') dialog = <CompleteTaskDialog task={chosen.task} onClose={close} />;
  else if (chosen?.act === 'cancel') dialog = <CancelTaskDialog task={chosen.task} onClose={close} />;
  else if (chosen?.act === 'reassign') dialog = <ReassignTaskDialog task={chosen.task} onClose={close} />;
  else if (chosen?.act === 'edit') dialog = <TaskFormDialog task={chosen.task} onClose={close} />;
  return { onAct, dialog };
}
