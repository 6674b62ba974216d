import { daysBetween, TaskTiming, type TaskKind, type TaskPriority, type TaskStatus, type TaskSubject } from '@waymark/shared/types';

/** What a task row shows and acts on: the fields of the API's Task that the worklist reads. */
export interface TaskItem {
  id: string;
  version: number;
  kind: TaskKind;
  /** As stored: in English for a generated task (see useTaskTitle) */
  title: string;
  /** The facts a generated task's title is made of */
  programName?: string | null;
  instrumentName?: string | null;
  referralLabel?: string | null;
  details?: string | null;
  status: TaskStatus;
  priority: TaskPriority;
  dueOn: string;
  timing?: TaskTiming | null;
  generated: boolean;
  escalatedAt?: string | null;
  enrollmentId?: string | null;
  subjectType?: TaskSubject | null;
  subjectId?: string | null;
  assignee?: { id: string; displayName: string } | null;
  client?: { id: string; displayName: string; clientNumber: string } | null;
  completedAt?: string | null;
  completedBy?: { id: string; displayName: string } | null;
}

/**
 * How far a task is from today. The API says where it stands (`timing`, from its clock); the
 * number of days is counted here from the browser's day, at least one for an overdue task.
 */
export function dueDistance(task: Pick<TaskItem, 'dueOn' | 'timing'>, today: string): { timing: TaskTiming | null; days: number } {
  const days = daysBetween(today, task.dueOn);
  if (task.timing === TaskTiming.OVERDUE) return { timing: TaskTiming.OVERDUE, days: Math.max(1, -days) };
  if (task.timing === TaskTiming.UPCOMING) return { timing: TaskTiming.UPCOMING, days: Math.max(1, days) };
  return { timing: task.timing ?? null, days: 0 };
}
