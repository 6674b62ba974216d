import { Injectable } from '@nestjs/common';
import { EnrollmentFacts, StaffLoader, StaffModel } from '@waymark/api/client';
import { Clock } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { UserService } from '@waymark/api/identity';
import { addDays, CASELOAD_ROLES, TaskStatus, UPCOMING_WINDOW_DAYS } from '@waymark/shared/types';
import { TaskEntity } from './task.entity';
import type { WorkerTaskLoadModel } from './task-load.model';

interface LoadRow {
  workerId: string | null;
  open: number;
  overdue: number;
  escalatedOverdue: number;
  dueThisWeek: number;
  oldestOverdueOn: string | null;
}

/** One assignee's open work; `escalatedOverdue` is for the dashboard's overdue-by-worker panel, which projects these rows. */
export type TaskLoad = WorkerTaskLoadModel & { escalatedOverdue: number };

const NONE = { open: 0, overdue: 0, escalatedOverdue: 0, dueThisWeek: 0, oldestOverdueOn: null };

/**
 * Open work per assignee, counted in one statement over the windows the worklist and the
 * dashboard use (`tasks(filter: { assigneeId, timing })`; "this week" is the dashboard's due
 * today plus its upcoming days), so a count and the list it opens agree. Supervision's
 * balance and the dashboard's overdue-by-worker both read it. Counts name no client, so they
 * are not audited reads.
 */
@Injectable()
export class TaskLoadService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly enrollments: EnrollmentFacts,
    private readonly users: UserService,
    private readonly staff: StaffLoader,
    private readonly clock: Clock,
  ) {}

  /** The supervisors' queue first, then every case-carrying worker and anyone else holding open tasks, by name. */
  async byWorker(programId?: string | null): Promise<TaskLoad[]> {
    if (programId) await this.enrollments.program(programId);
    const today = this.clock.today();
    const query = this.tenant
      .repository(TaskEntity)
      .createQueryBuilder('t')
      .andWhere('t.status = :open', { open: TaskStatus.OPEN })
      .select('t.assignee_id', 'workerId')
      .addSelect('count(*)::int', 'open')
      .addSelect('count(*) FILTER (WHERE t.due_on < :today)::int', 'overdue')
      .addSelect('count(*) FILTER (WHERE t.due_on < :today AND t.escalated_at IS NOT NULL)::int', 'escalatedOverdue')
      .addSelect('count(*) FILTER (WHERE t.due_on = :today OR (t.due_on > :today AND t.due_on <= :upcomingUntil))::int', 'dueThisWeek')
      .addSelect(`to_char(min(t.due_on) FILTER (WHERE t.due_on < :today), 'YYYY-MM-DD')`, 'oldestOverdueOn')
      .setParameters({ today, upcomingUntil: addDays(today, UPCOMING_WINDOW_DAYS) })
      .groupBy('t.assignee_id');
    if (programId) this.enrollments.restrictToProgram(query, 't.enrollment_id', programId);
    const rows = await query.getRawMany<LoadRow>();

    const loads = new Map(rows.map((row) => [row.workerId, row]));
    const staff = await this.workersAnd(rows.flatMap((row) => (row.workerId ? [row.workerId] : [])));
    const load = (worker: StaffModel | null): TaskLoad => {
      const { open, overdue, escalatedOverdue, dueThisWeek, oldestOverdueOn } = loads.get(worker?.id ?? null) ?? NONE;
      return { worker, open, overdue, escalatedOverdue, dueThisWeek, oldestOverdueOn };
    };
    return [load(null), ...staff.map(load)];
  }

  /** The active case-carrying workers and the other `holders` (inactive, say), by name; only the holders are loaded apart. */
  private async workersAnd(holders: string[]): Promise<StaffModel[]> {
    const workers = (await this.users.activeWithRoles(CASELOAD_ROLES)).map((user) => StaffModel.from(user));
    const known = new Set(workers.map((worker) => worker.id));
    const others = await Promise.all(holders.filter((id) => !known.has(id)).map((id) => this.staff.load(id)));
    const staff = [...workers, ...others.filter((worker): worker is StaffModel => worker !== null)];
    return staff.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id));
  }
}
