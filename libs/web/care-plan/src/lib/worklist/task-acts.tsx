import { useState } from 'react';
import { CancelTaskDialog } from './cancel-task-dialog';
import { CompleteTaskDialog } from './complete-task-dialog';
import { ReassignTaskDialog } from './reassign-task-dialog';
import { TaskFormDialog } from './task-form-dialog';
import { focusAfterTaskAct } from './task-focus';
import type { TaskItem } from './task-item';
import type { TaskAct } from './task-row';

/**
 * The dialog of the act chosen on a task row; a list renders `dialog` once and hands `onAct` to
 * its rows. Once the act is done, focus moves to the row, its neighbour or the list's heading.
 */
export function useTaskActs() {
  const [chosen, setChosen] = useState<{ act: TaskAct; task: TaskItem; refocus: () => void } | null>(null);
  const close = () => setChosen(null);
  const onAct = (act: TaskAct, task: TaskItem) => setChosen({ act, task, refocus: focusAfterTaskAct(task.id) });
  const done = () => {
    close();
    chosen?.refocus();
  };
  let dialog = null;
  if (chosen?.act === 'complete') dialog = <CompleteTaskDialog task={chosen.task} onClose={close} onDone={done} />;
  else if (chosen?.act === 'cancel') dialog = <CancelTaskDialog task={chosen.task} onClose={close} onDone={done} />;
  else if (chosen?.act === 'reassign') dialog = <ReassignTaskDialog task={chosen.task} onClose={close} onDone={done} />;
  else if (chosen?.act === 'edit') dialog = <TaskFormDialog task={chosen.task} onClose={close} onDone={done} />;
  return { onAct, dialog };
}
