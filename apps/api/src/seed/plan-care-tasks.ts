import type { EnrollmentFact } from '@waymark/api/client';
import { type EnrollmentProgress, type PlannedTask, plannedDeadlines } from '@waymark/api/care-plan';
import { type EnrollmentStatus, type TaskKind, type TaskPriority, type TaskSubject } from '@waymark/shared/types';
import type { CareRecords } from './care-seed-rows';
import type { CareEnrollment } from './plan-care';
import { seedId } from './seed-ids';
import { sweptEscalation } from './swept-escalation';

export interface SeedTask {
  kind: TaskKind;
  clientId: string;
  enrollmentId: string;
  assigneeId: string | null;
  subject: { type: TaskSubject; id: string };
  /** As the worklist keys generated tasks (`taskDedupeKey`); null for a manual task. */
  dedupeKey: string | null;
  dueOn: string;
  title: string;
  priority: TaskPriority;
  createdAt: Date;
  /** Done, with when and by whom; open otherwise. */
  done?: { at: Date; by: string; note?: string } | null;
  createdBy?: string | null;
}

/**
 * A task as the worklist would have it by now: an open task past its due day has been
 * escalated by the sweep (which runs every few minutes) early the next day.
 */
export function addTask(ctx: { records: CareRecords; today: string; now: Date }, task: SeedTask): void {
  const open = !task.done;
  ctx.records.tasks.push({
    id: seedId(),
    client_id: task.clientId,
    enrollment_id: task.enrollmentId,
    kind: task.kind,
    title: task.title,
    details: null,
    status: open ? 'OPEN' : 'DONE',
    priority: task.priority,
    due_on: task.dueOn,
    assignee_id: task.assigneeId,
    subject_type: task.subject.type,
    subject_id: task.subject.id,
    dedupe_key: task.dedupeKey,
    escalated_at: sweptEscalation({ dueOn: task.dueOn, open }, ctx.today, ctx.now),
    completed_at: task.done?.at ?? null,
    completed_by: task.done?.by ?? null,
    completion_note: task.done?.note ?? null,
    created_by: task.createdBy ?? null,
    created_at: task.createdAt,
  });
}

const NOTHING_DONE: EnrollmentProgress = { firstAssessmentOn: null, renewals: [], lastApprovedOn: null, activePlan: null, pendingPlans: [], personDirectedPlansReceivedOn: [] };

/** The enrollment as the worklist's rules read it. */
export function enrollmentFact(e: CareEnrollment): EnrollmentFact {
  return {
    id: e.id,
    clientId: e.clientId,
    programId: e.programId,
    programName: e.programName,
    status: e.status as EnrollmentStatus,
    openedOn: e.openedOn,
    closedOn: e.closedOn,
    closeReason: e.closeReason,
    primaryCaseManagerId: e.primaryId,
    version: 1,
  };
}

/**
 * A deadline met in the past, as the worklist's rules planned it while `progress` was all that
 * was done (its key, title, due day and assignee), marked done: the history of the worklist.
 * `keyPart` picks one of several of a kind (a renewal by `:<code>@`).
 */
export function addMetDeadline(
  ctx: { records: CareRecords; today: string; now: Date },
  e: CareEnrollment,
  met: { kind: TaskKind; progress: Partial<EnrollmentProgress>; keyPart?: string; plannedAt: Date; done: { at: Date; by: string } },
): void {
  const planned = plannedDeadlines({ enrollment: enrollmentFact(e), rules: e.rules, progress: { ...NOTHING_DONE, ...met.progress }, lastVisitOn: null, today: e.openedOn });
  const task = planned.find((p) => p.kind === met.kind && p.dedupeKey.includes(met.keyPart ?? ''));
  if (task) addPlannedTask(ctx, e, task, met.plannedAt, met.done);
}

/** A task the worklist's rules planned for the enrollment, made when `createdAt` says. */
export function addPlannedTask(
  ctx: { records: CareRecords; today: string; now: Date },
  e: CareEnrollment,
  task: PlannedTask,
  createdAt: Date,
  done: SeedTask['done'],
): void {
  addTask(ctx, {
    kind: task.kind,
    clientId: e.clientId,
    enrollmentId: e.id,
    assigneeId: task.assigneeId,
    subject: { type: task.subjectType, id: task.subjectId },
    dedupeKey: task.dedupeKey,
    dueOn: task.dueOn,
    title: task.title,
    priority: task.priority,
    createdAt,
    done,
  });
}
