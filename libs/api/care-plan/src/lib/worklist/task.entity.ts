import { TenantEntity } from '@waymark/api/database';
import type { TaskKind, TaskPriority, TaskStatus, TaskSubject } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** The entity type the audit trail records tasks under. */
export const TASK_ENTITY = 'Task';

/**
 * A piece of work on someone's worklist. A generated task carries a dedupe key (see
 * deadline-rules.ts) and closes itself when the linked work is done; a MANUAL one has none.
 */
@Entity('task')
export class TaskEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ name: 'enrollment_id', type: 'uuid', nullable: true })
  enrollmentId: string | null;

  @Column({ type: 'text' })
  kind: TaskKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Column({ type: 'text' })
  status: TaskStatus;

  @Column({ type: 'text' })
  priority: TaskPriority;

  /** A calendar date, 'YYYY-MM-DD'. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  /** Null on a generated approval: the supervisors' shared queue. */
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: TaskSubject | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  @Column({ name: 'completion_note', type: 'text', nullable: true })
  completionNote: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
