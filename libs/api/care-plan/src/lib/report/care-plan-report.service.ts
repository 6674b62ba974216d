import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ReportScope } from '@waymark/api/client';
import { Clock, type ReportFilterInput } from '@waymark/api/common';
import { CarePlanStatus, DEADLINE_GROUP_KINDS, DEADLINE_GROUPS, GoalStatus, reportMonths, TaskStatus } from '@waymark/shared/types';
import type { DeadlineCounts, DeadlineReportGroup, DeadlineReportModel, DeadlineReportMonth } from './deadline-report.model';
import type { GoalCounts, GoalReportDomain, GoalReportModel } from './goal-report.model';

/** Each generated kind the deadline report counts, beside its group: unnested in SQL to group the tasks. */
const KINDS = DEADLINE_GROUPS.flatMap((group) => DEADLINE_GROUP_KINDS[group].map((kind) => [kind, group] as const));

const total = <K extends string>(rows: readonly Record<K, number>[], keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, rows.reduce((sum, row) => sum + row[key], 0)])) as Record<K, number>;

/** The care-plan context's statistical reports: deadlines met and missed, and goals achieved. Each is counted in SQL. */
@Injectable()
export class CarePlanReportService {
  constructor(
    private readonly scope: ReportScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly clock: Clock,
  ) {}

  /**
   * One statement, grouped by deadline group and month with GROUPING SETS. A deadline is
   * met when its task was recorded done on or before the due day (UTC, as the worklist counts
   * days); missed when recorded done after it, cancelled after it, or still open past it. A
   * task cancelled by its due day left no deadline behind, so it is not counted; one cancelled
   * later still missed its day, or cancelling an overdue task would hide it.
   */
  async deadlines(filter: ReportFilterInput): Promise<DeadlineReportModel> {
    const params = await this.scope.open('DEADLINES', filter);
    const rows: (DeadlineCounts & { group: DeadlineReportGroup['group'] | null; month: string | null })[] = await this.txHost.tx.query(
      `WITH due AS (
         SELECT k.grp, date_trunc('month', t.due_on::timestamp) AS month,
           t.status = $6 AND (t.completed_at AT TIME ZONE 'UTC')::date <= t.due_on AS met,
           (t.status <> $7 AND (t.completed_at AT TIME ZONE 'UTC')::date > t.due_on) OR (t.status = $7 AND t.due_on < $8) AS missed
         FROM task t
         JOIN unnest($9::text[], $10::text[]) AS k(kind, grp) ON k.kind = t.kind
         WHERE t.agency_id = $1 AND t.dedupe_key IS NOT NULL AND t.due_on BETWEEN $2 AND $3
           AND NOT (t.status = $11 AND (t.completed_at AT TIME ZONE 'UTC')::date <= t.due_on)
           AND ($5::uuid IS NULL OR t.assignee_id = $5) AND ${this.scope.inProgram('t.enrollment_id', '$1', '$4')}
       )
       SELECT grp AS "group", to_char(month, 'YYYY-MM') AS month,
         count(*) FILTER (WHERE met)::int AS met, count(*) FILTER (WHERE missed)::int AS missed, count(*) FILTER (WHERE NOT met AND NOT missed)::int AS open
       FROM due GROUP BY GROUPING SETS ((grp), (month))`,
      [
        params.agencyId,
        params.from,
        params.to,
        params.programId,
        params.workerId,
        TaskStatus.DONE,
        TaskStatus.OPEN,
        this.clock.today(),
        KINDS.map(([kind]) => kind),
        KINDS.map(([, group]) => group),
        TaskStatus.CANCELLED,
      ],
    );
    const counts = (row?: DeadlineCounts): DeadlineCounts => ({ met: row?.met ?? 0, missed: row?.missed ?? 0, open: row?.open ?? 0 });
    const groups: DeadlineReportGroup[] = DEADLINE_GROUPS.map((group) => ({ group, ...counts(rows.find((row) => row.group === group)) }));
    const byMonth = new Map(rows.filter((row) => row.month).map((row) => [row.month, row]));
    const months: DeadlineReportMonth[] = reportMonths(params.from, params.to).map((month) => ({ month, ...counts(byMonth.get(month)) }));
    return { groups, months, totals: total(groups, ['met', 'missed', 'open']) };
  }

  /**
   * Each enrollment's plan as it stood at the end of the period: its latest approved version
   * that had taken effect by then (a version superseded since still counts, or a plan revised
   * after the period would vanish from it), kept when it was not closed before the period began.
   */
  async goals(filter: ReportFilterInput): Promise<GoalReportModel> {
    const params = await this.scope.open('GOALS', filter);
    const domains: GoalReportDomain[] = await this.txHost.tx.query(
      `SELECT g.domain, count(*) FILTER (WHERE g.status = $6)::int AS achieved, count(*) FILTER (WHERE g.status = $7)::int AS "inProgress",
         count(*) FILTER (WHERE g.status = $8)::int AS discontinued
       FROM (
         SELECT DISTINCT ON (p.enrollment_id) p.id, p.closed_at
         FROM care_plan p
         WHERE p.agency_id = $1 AND p.approved_at IS NOT NULL AND p.status = ANY($9) AND p.effective_on <= $3
           AND ${this.scope.inProgram('p.enrollment_id', '$1', '$4')} AND ${this.scope.ledBy('p.enrollment_id', '$1', '$5')}
         ORDER BY p.enrollment_id, p.revision DESC
       ) p
       JOIN care_plan_goal g ON g.agency_id = $1 AND g.care_plan_id = p.id
       WHERE p.closed_at IS NULL OR p.closed_at >= $2::date::timestamp AT TIME ZONE 'UTC'
       GROUP BY g.domain ORDER BY g.domain`,
      [
        params.agencyId,
        params.from,
        params.to,
        params.programId,
        params.workerId,
        GoalStatus.ACHIEVED,
        GoalStatus.IN_PROGRESS,
        GoalStatus.DISCONTINUED,
        [CarePlanStatus.ACTIVE, CarePlanStatus.SUPERSEDED, CarePlanStatus.CLOSED],
      ],
    );
    return { domains, totals: total<keyof GoalCounts>(domains, ['achieved', 'inProgress', 'discontinued']) };
  }
}
