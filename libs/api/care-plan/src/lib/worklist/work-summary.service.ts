import { Injectable } from '@nestjs/common';
import { ClientGate, StaffLoader } from '@waymark/api/client';
import { Clock, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { UserService } from '@waymark/api/identity';
import { addDays, ASSESSMENTS_DUE_WINDOW_DAYS, CASELOAD_ROLES, TaskKind, TaskStatus, UPCOMING_WINDOW_DAYS } from '@waymark/shared/types';
import { TaskEntity } from './task.entity';
import type { WorkerOverdueModel, WorkSummaryModel } from './work-summary.model';

interface OverdueRow {
  workerId: string;
  overdue: number;
  escalated: number;
  oldestDueOn: string | null;
}

/**
 * Counts for the morning dashboard, in SQL, over the same windows the worklist filters by
 * (`myTasks(timing, kinds, dueWithinDays)`), so a tile and the list it opens agree. Counts name no
 * client, so they are not audited reads.
 */
@Injectable()
export class WorkSummaryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly users: UserService,
    private readonly staff: StaffLoader,
    private readonly clock: Clock,
    private readonly context: RequestContext,
  ) {}

  async mine(): Promise<WorkSummaryModel> {
    const me = this.context.requirePrincipal().id;
    const today = this.clock.today();
    const query = this.tenant
      .repository(TaskEntity)
      .createQueryBuilder('t')
      .andWhere('t.assigneeId = :me', { me })
      .andWhere('t.status = :open', { open: TaskStatus.OPEN });
    // The same tasks as myTasks: none of a client handed over to someone else.
    await this.gate.restrictToOpenable(query, 't.client_id');
    const counts = await query
      .select('count(*) FILTER (WHERE t.due_on < :today)::int', 'overdue')
      .addSelect('count(*) FILTER (WHERE t.due_on = :today)::int', 'dueToday')
      .addSelect('count(*) FILTER (WHERE t.due_on > :today AND t.due_on <= :upcomingUntil)::int', 'upcoming')
      .addSelect('count(*) FILTER (WHERE t.kind = :assessment AND t.due_on <= :assessmentsUntil)::int', 'assessmentsDue')
      .setParameters({
        today,
        upcomingUntil: addDays(today, UPCOMING_WINDOW_DAYS),
        assessment: TaskKind.ASSESSMENT_DUE,
        assessmentsUntil: addDays(today, ASSESSMENTS_DUE_WINDOW_DAYS),
      })
      .getRawOne<Omit<WorkSummaryModel, 'caseload'>>();
    const caseload = (await this.gate.caseloadIds(me)).length;
    return { overdue: 0, dueToday: 0, upcoming: 0, assessmentsDue: 0, ...counts, caseload };
  }

  /** Each case-carrying worker (and anyone else holding overdue work), the most overdue first. */
  async overdueByWorker(): Promise<WorkerOverdueModel[]> {
    const rows = await this.tenant
      .repository(TaskEntity)
      .createQueryBuilder('t')
      .andWhere('t.status = :open', { open: TaskStatus.OPEN })
      .andWhere('t.due_on < :today', { today: this.clock.today() })
      .andWhere('t.assigneeId IS NOT NULL')
      .select('t.assignee_id', 'workerId')
      .addSelect('count(*)::int', 'overdue')
      .addSelect('count(*) FILTER (WHERE t.escalated_at IS NOT NULL)::int', 'escalated')
      .addSelect(`to_char(min(t.due_on), 'YYYY-MM-DD')`, 'oldestDueOn')
      .groupBy('t.assignee_id')
      .getRawMany<OverdueRow>();
    const overdue = new Map(rows.map((row) => [row.workerId, row]));
    const workers = await this.users.activeWithRoles(CASELOAD_ROLES);
    const ids = [...new Set([...rows.map((row) => row.workerId), ...workers.map((worker) => worker.id)])];
    const staff = await Promise.all(ids.map((id) => this.staff.load(id)));
    const result = staff
      .filter((worker) => worker !== null)
      .map((worker): WorkerOverdueModel => {
        const row = overdue.get(worker.id);
        return { worker, overdue: row?.overdue ?? 0, escalated: row?.escalated ?? 0, oldestDueOn: row?.oldestDueOn ?? null };
      });
    return result.sort(
      (a, b) => b.overdue - a.overdue || (a.oldestDueOn ?? '9999').localeCompare(b.oldestDueOn ?? '9999') || a.worker.displayName.localeCompare(b.worker.displayName),
    );
  }
}
