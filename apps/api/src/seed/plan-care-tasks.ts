import { addDays, daysBetween, type TaskKind, type TaskPriority, type TaskSubject, taskDedupeKey } from '@waymark/shared/types';
import type { CareRecords } from './care-seed-rows';
import { seedId } from './seed-ids';

/** Days past due before the seed shows a task as escalated, as the sweep would have by now. */
const ESCALATED_AFTER_DAYS = 2;

export interface SeedTask {
  kind: TaskKind;
  clientId: string;
  enrollmentId: string;
  assigneeId: string | null;
  subject: { type: TaskSubject; id: string };
  /** The occurrence, as the worklist keys it (deadline-rules.ts); null for a manual task. */
  period: string | null;
  dueOn: string;
  title: string;
  details?: string;
  priority: TaskPriority;
  createdAt: Date;
  /** Done, with when and by whom; open otherwise. */
  done?: { at: Date; by: string; note?: string } | null;
  createdBy?: string | null;
}

/** A task as the worklist would have it: generated ones keyed `<KIND>:<subjectId>:<period>`. */
export function addTask(records: CareRecords, today: string, task: SeedTask): void {
  const open = !task.done;
  const escalate = open && task.kind !== 'MANUAL' && daysBetween(task.dueOn, today) > ESCALATED_AFTER_DAYS + 1;
  records.tasks.push({
    id: seedId(),
    client_id: task.clientId,
    enrollment_id: task.enrollmentId,
    kind: task.kind,
    title: task.title,
    details: task.details ?? null,
    status: open ? 'OPEN' : 'DONE',
    priority: task.priority,
    due_on: task.dueOn,
    assignee_id: task.assigneeId,
    subject_type: task.subject.type,
    subject_id: task.subject.id,
    dedupe_key: task.period === null ? null : taskDedupeKey(task.kind, task.subject.id, task.period),
    escalated_at: escalate ? new Date(`${addDays(task.dueOn, ESCALATED_AFTER_DAYS + 1)}T15:00:00Z`) : null,
    completed_at: task.done?.at ?? null,
    completed_by: task.done?.by ?? null,
    completion_note: task.done?.note ?? null,
    created_by: task.createdBy ?? null,
    created_at: task.createdAt,
  });
}
