import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, type FieldChanges } from '@waymark/api/audit';
import { ClientGate, EnrollmentFacts } from '@waymark/api/client';
import { BadInputError, Clock, ConflictError, ForbiddenError, NotFoundError, RequestContext, workerIdOf } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, ErrorReason, taskClosesItself, TaskKind, TaskStatus } from '@waymark/shared/types';
import type { CancelTaskInput } from './dto/cancel-task.input';
import type { CompleteTaskInput } from './dto/complete-task.input';
import type { CreateTaskInput } from './dto/create-task.input';
import type { ReassignTaskInput } from './dto/reassign-task.input';
import type { UpdateTaskInput } from './dto/update-task.input';
import { TaskAssignees } from './task-assignees';
import { TaskSubjects } from './task-subjects';
import { TASK_ENTITY, TaskEntity } from './task.entity';
import { TaskModel } from './task.model';

/** Free text the audit trail keeps by length only. */
const length = (text: string | null | undefined) => text?.length ?? 0;

/** The work whose doing closes a self-closing task, as its refusal names it. */
const CLOSING_WORK: Partial<Record<TaskKind, string>> = {
  [TaskKind.ASSESSMENT_DUE]: 'assessment',
  [TaskKind.PLAN_DUE]: 'care plan’s approval',
  [TaskKind.IMPLEMENTATION_PLAN_DUE]: 'implementation plan’s approval',
  [TaskKind.PLAN_REVIEW]: 'review (an approved revision of the plan)',
  [TaskKind.PLAN_APPROVAL]: 'approval or return of the plan',
};

/** A generated task that closes itself (the shared rule the SPA also offers its acts by); hand-written ones never do. */
const closesItself = (task: TaskEntity) => taskClosesItself({ kind: task.kind, generated: task.dedupeKey !== null });

/**
 * Tasks people write and work: create, change, complete, cancel and reassign. A task about
 * a client is changed by whoever may change that client (or holds the task); each change is
 * in the audit trail.
 */
@Injectable()
export class TaskService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly enrollments: EnrollmentFacts,
    private readonly assignees: TaskAssignees,
    private readonly subjects: TaskSubjects,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get tasks() {
    return this.tenant.repository(TaskEntity);
  }

  private get me(): string {
    return this.context.requirePrincipal().id;
  }

  @Transactional()
  async create(input: CreateTaskInput): Promise<TaskModel> {
    const clientId = await this.requireClient(input);
    if (input.subjectType && input.subjectId) await this.subjects.require(input.subjectType, input.subjectId, clientId);
    // Without an assignee a task is the caller's own; an integration is no one's worker, so its task waits in the supervisors' queue.
    const assigneeId = input.assigneeId ?? workerIdOf(this.context.requirePrincipal());
    if (assigneeId) await this.assignees.require(assigneeId);
    const task = await this.tasks.save(
      this.tasks.create({
        clientId,
        enrollmentId: input.enrollmentId ?? null,
        kind: TaskKind.MANUAL,
        title: input.title,
        details: input.details ?? null,
        status: TaskStatus.OPEN,
        priority: input.priority,
        dueOn: input.dueOn,
        assigneeId,
        subjectType: input.subjectType ?? null,
        subjectId: input.subjectId ?? null,
        dedupeKey: null,
        escalatedAt: null,
        completedAt: null,
        completedBy: null,
        completionNote: null,
        createdBy: this.me,
      }),
    );
    await this.record(AuditAction.CREATE, task, {
      kind: { to: task.kind },
      title: { to: task.title },
      detailsLength: { to: length(task.details) },
      dueOn: { to: task.dueOn },
      priority: { to: task.priority },
      assigneeId: { to: assigneeId },
      ...(task.subjectType ? { subjectType: { to: task.subjectType }, subjectId: { to: task.subjectId } } : {}),
    });
    return TaskModel.from(task, this.clock.today());
  }

  @Transactional()
  async update({ taskId, version, ...patch }: UpdateTaskInput): Promise<TaskModel> {
    const before = await this.open(taskId);
    const changes: FieldChanges = {};
    const changed: Partial<TaskEntity> = {};
    for (const field of ['title', 'dueOn', 'priority'] as const) {
      const to = patch[field];
      if (to === undefined || to === before[field]) continue;
      Object.assign(changed, { [field]: to });
      changes[field] = { from: before[field], to };
    }
    if (patch.details !== undefined && patch.details !== before.details) {
      changed.details = patch.details;
      changes['detailsLength'] = { from: length(before.details), to: length(patch.details) };
    }
    if (!Object.keys(changed).length) {
      if (before.version !== version) throw new ConflictError();
      return TaskModel.from(before, this.clock.today());
    }
    const task = await this.tasks.updateVersioned(taskId, version, changed, TASK_ENTITY);
    await this.record(AuditAction.UPDATE, task, changes);
    return TaskModel.from(task, this.clock.today());
  }

  /** A task closing itself when its work is done is not completed by hand: that would not do the work. */
  @Transactional()
  async complete({ taskId, version, note }: CompleteTaskInput): Promise<TaskModel> {
    const task = await this.open(taskId);
    if (closesItself(task)) {
      throw new BadInputError(`This task closes itself when the ${CLOSING_WORK[task.kind]} is done.`, [{ field: 'taskId', message: 'closes itself' }], ErrorReason.ILLEGAL_TRANSITION);
    }
    return this.close(task, version, TaskStatus.DONE, note ?? null);
  }

  /** Cancelling a self-closing task drops the deadline for good (it is not made again): a supervisor's or an admin's call. */
  @Transactional()
  async cancel({ taskId, version, reason }: CancelTaskInput): Promise<TaskModel> {
    const task = await this.open(taskId);
    if (closesItself(task) && !this.assignees.isOverseer) {
      throw new ForbiddenError(`Only a supervisor or an admin cancels this task; it closes itself when the ${CLOSING_WORK[task.kind]} is done.`);
    }
    return this.close(task, version, TaskStatus.CANCELLED, reason);
  }

  @Transactional()
  async reassign({ taskId, version, assigneeId }: ReassignTaskInput): Promise<TaskModel> {
    const before = await this.open(taskId);
    await this.assignees.require(assigneeId);
    const task = await this.tasks.updateVersioned(taskId, version, { assigneeId }, TASK_ENTITY);
    await this.record(AuditAction.UPDATE, task, { assigneeId: { from: before.assigneeId, to: assigneeId } });
    return TaskModel.from(task, this.clock.today());
  }

  private async close(before: TaskEntity, version: number, status: TaskStatus, note: string | null): Promise<TaskModel> {
    const completedAt = this.clock.now();
    const task = await this.tasks.updateVersioned(before.id, version, { status, completedAt, completedBy: this.me, completionNote: note }, TASK_ENTITY);
    await this.record(AuditAction.UPDATE, task, {
      status: { from: before.status, to: status },
      completedAt: { to: completedAt.toISOString() },
      completionNoteLength: { to: length(note) },
    });
    return TaskModel.from(task, this.clock.today());
  }

  /**
   * An OPEN task the caller may work: supervisors and admins any; everyone else one about a
   * client they may change (holding it is not enough once the client left their caseload),
   * or one about no client that they hold. One they may not see is NOT_FOUND.
   */
  private async open(taskId: string): Promise<TaskEntity> {
    const task = await this.tasks.findOneBy({ id: taskId });
    if (!task) throw new NotFoundError(TASK_ENTITY);
    if (!this.assignees.isOverseer) {
      if (task.clientId) {
        if (!(await this.gate.mayOpen([task.clientId]))[0]) throw new NotFoundError(TASK_ENTITY);
        if (!(await this.gate.mayChange([task.clientId]))[0]) throw new ForbiddenError('This task belongs to the client’s case team.');
      } else if (task.assigneeId !== this.me) {
        throw new NotFoundError(TASK_ENTITY);
      }
    }
    if (task.status !== TaskStatus.OPEN) {
      throw new BadInputError(`This task is already ${task.status === TaskStatus.DONE ? 'done' : 'cancelled'}.`, [{ field: 'taskId', message: 'not open' }], ErrorReason.ILLEGAL_TRANSITION);
    }
    return task;
  }

  /** The client a new task is about: from its enrollment, or as given; the caller must be able to change their record. */
  private async requireClient({ clientId, enrollmentId }: CreateTaskInput): Promise<string | null> {
    if (enrollmentId) {
      const enrollment = await this.enrollments.require(enrollmentId, 'write');
      if (clientId && clientId !== enrollment.clientId) {
        throw new BadInputError('The enrollment is not one of this client’s.', [{ field: 'enrollmentId', message: 'not an enrollment of the client' }]);
      }
      return enrollment.clientId;
    }
    if (!clientId) return null;
    return (await this.gate.require(clientId, 'write')).id;
  }

  private record(action: AuditAction, task: TaskEntity, changes: FieldChanges): Promise<void> {
    return this.audit.record({ action, entityType: TASK_ENTITY, entityId: task.id, clientId: task.clientId ?? undefined, changes });
  }
}
