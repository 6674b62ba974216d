import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate, EnrollmentFacts } from '@waymark/api/client';
import { Clock, decodeCursor, isUuid, RequestContext, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { addDays, AuditAction, CALENDAR_DATE_PATTERN, SortDirection, type TaskKind, TaskStatus, TaskTiming, WORKLIST_OVERSEER_ROLES } from '@waymark/shared/types';
import type { SelectQueryBuilder } from 'typeorm';
import type { ClientTasksArgs, MyTasksArgs, TasksArgs } from './dto/tasks.args';
import { TASK_ENTITY, TaskEntity } from './task.entity';
import { type TaskConnection, TaskModel } from './task.model';

/** Enough of one client's tasks for their record, years of recurring visits included. */
const CLIENT_TASKS_MAX = 500;

const isDate = (value: unknown) => typeof value === 'string' && CALENDAR_DATE_PATTERN.test(value);

/**
 * Reading the worklist: every list in due order and paginated in SQL. A task about a client
 * is part of that client's record, so each one shown is an audited read.
 */
@Injectable()
export class TaskQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly enrollments: EnrollmentFacts,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get tasks() {
    return this.tenant.repository(TaskEntity);
  }

  /**
   * The caller's open tasks, soonest due first: those about no client or about a client they
   * may still open (a client handed to another caseload takes their tasks' place with them).
   */
  async myTasks({ timing, kinds, dueWithinDays, first, after, orderBy }: MyTasksArgs): Promise<TaskConnection> {
    const query = this.tasks
      .createQueryBuilder('t')
      .andWhere('t.assigneeId = :me', { me: this.context.requirePrincipal().id })
      .andWhere('t.status = :open', { open: TaskStatus.OPEN });
    await this.gate.restrictToOpenable(query, 't.client_id');
    this.filterTiming(query, timing);
    this.filterKinds(query, kinds);
    this.filterDueWithin(query, dueWithinDays);
    return this.page(query, first, after, orderBy?.direction);
  }

  /** Supervisors and admins see every task; others their own and their caseload's, of clients they may open. */
  async list({ filter, first, after, orderBy }: TasksArgs): Promise<TaskConnection> {
    const query = this.tasks.createQueryBuilder('t').andWhere('t.status = :status', { status: filter?.status ?? TaskStatus.OPEN });
    const { id: me, role } = this.context.requirePrincipal();
    if (!WORKLIST_OVERSEER_ROLES.includes(role)) {
      const caseload = await this.gate.caseloadIds(me);
      query.andWhere(caseload.length ? '(t.assigneeId = :me OR t.clientId IN (:...caseload))' : 't.assigneeId = :me', { me, caseload });
      await this.gate.restrictToOpenable(query, 't.client_id');
    }
    if (filter?.assigneeId) query.andWhere('t.assigneeId = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter?.unassigned) query.andWhere('t.assigneeId IS NULL');
    if (filter?.clientId) query.andWhere('t.clientId = :clientId', { clientId: filter.clientId });
    if (filter?.enrollmentId) query.andWhere('t.enrollmentId = :enrollmentId', { enrollmentId: filter.enrollmentId });
    if (filter?.programId) {
      await this.enrollments.program(filter.programId);
      this.enrollments.restrictToProgram(query, 't.enrollment_id', filter.programId);
    }
    if (filter?.escalated != null) query.andWhere(filter.escalated ? 't.escalatedAt IS NOT NULL' : 't.escalatedAt IS NULL');
    this.filterTiming(query, filter?.timing);
    this.filterKinds(query, filter?.kinds);
    this.filterDueWithin(query, filter?.dueWithinDays);
    return this.page(query, first, after, orderBy?.direction);
  }

  /** One client's tasks: open ones soonest due first, then closed ones, the latest first. */
  async forClient({ clientId, status }: ClientTasksArgs): Promise<TaskModel[]> {
    await this.gate.require(clientId, 'read');
    const query = this.tasks.createQueryBuilder('t').andWhere('t.clientId = :clientId', { clientId });
    if (status) query.andWhere('t.status = :status', { status });
    const rows = await query
      .orderBy(`CASE WHEN t.status = '${TaskStatus.OPEN}' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy(`CASE WHEN t.status = '${TaskStatus.OPEN}' THEN t.due_on END`, 'ASC')
      .addOrderBy('t.due_on', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .limit(CLIENT_TASKS_MAX)
      .getMany();
    this.recordReads(rows);
    const today = this.clock.today();
    return rows.map((task) => TaskModel.from(task, today));
  }

  /**
   * For each client, their open task due soonest (any assignee's), or null: one query for a
   * page of clients, which yields nothing about a client the caller may not open.
   */
  async nextFor(clientIds: readonly string[]): Promise<(TaskModel | null)[]> {
    // Each client's first task in the client's own due order (an index range, one row read),
    // so access is judged once per client shown, not once per open task.
    const query = this.tasks.createQueryBuilder('t').andWhere(
      `t.id IN (SELECT (SELECT n.id FROM task n WHERE n.agency_id = :nextAgencyId AND n.client_id = c.id AND n.status = :open ORDER BY n.due_on, n.id LIMIT 1)
        FROM unnest(:nextOf::uuid[]) c(id))`,
      { nextAgencyId: this.tasks.agencyId, nextOf: clientIds, open: TaskStatus.OPEN },
    );
    await this.gate.restrictToOpenable(query, 't.client_id');
    const rows = await query.getMany();
    this.recordReads(rows);
    const today = this.clock.today();
    const next = new Map(rows.map((task) => [task.clientId, TaskModel.from(task, today)]));
    return clientIds.map((id) => next.get(id) ?? null);
  }

  private filterTiming(query: SelectQueryBuilder<TaskEntity>, timing: TaskTiming | null | undefined): void {
    if (!timing) return;
    const today = this.clock.today();
    query.andWhere('t.status = :timingOpen', { timingOpen: TaskStatus.OPEN });
    if (timing === TaskTiming.OVERDUE) query.andWhere('t.dueOn < :today', { today });
    else if (timing === TaskTiming.TODAY) query.andWhere('t.dueOn = :today', { today });
    else query.andWhere('t.dueOn > :today', { today });
  }

  /** Due no later than `days` after today, overdue included: the dashboard's windows (UPCOMING_WINDOW_DAYS with UPCOMING). */
  private filterDueWithin(query: SelectQueryBuilder<TaskEntity>, days: number | null | undefined): void {
    if (days != null) query.andWhere('t.dueOn <= :dueUntil', { dueUntil: addDays(this.clock.today(), days) });
  }

  private filterKinds(query: SelectQueryBuilder<TaskEntity>, kinds: TaskKind[] | null | undefined): void {
    if (kinds?.length) query.andWhere('t.kind IN (:...kinds)', { kinds });
  }

  /**
   * A page in due order with the count of the whole list. The first page counts in its own
   * statement (a window over every match, taken before the limit); a later one, narrowed by
   * its cursor, counts apart.
   */
  /** By due day (the only order there is), soonest first unless `direction` is DESC. */
  private async page(query: SelectQueryBuilder<TaskEntity>, first: number, after: string | undefined, direction: SortDirection = SortDirection.ASC): Promise<TaskConnection> {
    let counted: number | undefined;
    if (after) {
      counted = await query.clone().getCount();
      const [dueOn, id] = decodeCursor(after, [isDate, isUuid]);
      query.andWhere(`(t.due_on, t.id) ${direction === SortDirection.DESC ? '<' : '>'} (:afterDue::date, :afterId::uuid)`, { afterDue: dueOn, afterId: id });
    } else {
      query.addSelect('count(*) OVER ()', 'total_count');
    }
    const { entities: rows, raw } = await query.orderBy('t.due_on', direction).addOrderBy('t.id', direction).limit(first + 1).getRawAndEntities<{ total_count: string }>();
    const totalCount = counted ?? Number(raw[0]?.total_count ?? 0);
    this.recordReads(rows.slice(0, first));
    const today = this.clock.today();
    return { ...toConnection(rows, first, (task) => TaskModel.from(task, today), (task) => [task.dueOn, task.id]), totalCount };
  }

  private recordReads(tasks: TaskEntity[]): void {
    const aboutClients = tasks.filter((task) => task.clientId);
    if (!aboutClients.length) return;
    this.audit.recordRead(
      ...aboutClients.map((task) => ({ action: AuditAction.READ, entityType: TASK_ENTITY, entityId: task.id, clientId: task.clientId ?? undefined })),
    );
  }
}
