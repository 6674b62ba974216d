import { Injectable } from '@nestjs/common';
import { ClientGate } from '@waymark/api/client';
import { Clock, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { addDays, ASSESSMENTS_DUE_WINDOW_DAYS, CASELOAD_ROLES, TaskKind, TaskStatus, UPCOMING_WINDOW_DAYS } from '@waymark/shared/types';
import { TaskEntity } from './task.entity';
import { TaskLoadService } from './task-load.service';
import type { WorkerOverdueModel, WorkSummaryModel } from './work-summary.model';

/**
 * Counts for the morning dashboard, in SQL, over the same windows the worklist filters by
 * (`myTasks(filter: { timing, kinds, dueWithinDays })`), so a tile and the list it opens agree. Counts name no
 * client, so they are not audited reads.
 */
@Injectable()
export class WorkSummaryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly loads: TaskLoadService,
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

  /** Each case-carrying worker (and anyone else holding overdue work), the most overdue first: supervision's task loads, projected. */
  async overdueByWorker(): Promise<WorkerOverdueModel[]> {
    const loads = await this.loads.byWorker();
    const result = loads.flatMap(({ worker, overdue, escalatedOverdue, oldestOverdueOn }): WorkerOverdueModel[] =>
      worker && (overdue > 0 || (worker.active && CASELOAD_ROLES.includes(worker.role))) ? [{ worker, overdue, escalated: escalatedOverdue, oldestDueOn: oldestOverdueOn }] : [],
    );
    return result.sort(
      (a, b) => b.overdue - a.overdue || (a.oldestDueOn ?? '9999').localeCompare(b.oldestDueOn ?? '9999') || a.worker.displayName.localeCompare(b.worker.displayName),
    );
  }
}
