import { addDays } from '@waymark/shared/types';

/**
 * When the worklist sweep (every few minutes) escalated an open task past its due day: early
 * the next day, or now if that is still to come. Null for a task done or not yet due. Seeds
 * write tasks as the worklist would have them by now, so a sweep after the seed finds nothing.
 */
export function sweptEscalation(task: { dueOn: string; open: boolean }, today: string, now: Date): Date | null {
  if (!task.open || task.dueOn >= today) return null;
  return new Date(Math.min(now.getTime(), new Date(`${addDays(task.dueOn, 1)}T00:10:00Z`).getTime()));
}
