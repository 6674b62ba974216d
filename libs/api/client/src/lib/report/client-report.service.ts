import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Clock, type ReportFilterInput } from '@waymark/api/common';
import { UserService } from '@waymark/api/identity';
import { NoteStatus, REPORT_REASON_MIN_DISCHARGES, REPORT_REASONS_MAX, reportMonths, TASK_CARRIER_ROLES } from '@waymark/shared/types';
import { ClientSettingsService } from '../access/client-settings.service';
import { CaseloadService } from '../program/caseload.service';
import { StaffModel } from '../staff/staff.model';
import type { CaseloadReportRow } from './caseload-report-row';
import type { CaseloadReportCounts, CaseloadReportModel } from './caseload-report.model';
import type { IntakeReportModel, IntakeReportMonth } from './intake-report.model';
import type { LateNoteReportModel, LateNoteReportMonth } from './late-note-report.model';
import { ReportScope } from './report-scope';

const NO_CLIENTS: CaseloadReportCounts = { total: 0, pending: 0, active: 0, onHold: 0, closedSince: 0, lowRisk: 0, moderateRisk: 0, highRisk: 0 };

/** The first day of every month the period touches, for the counts to join to so empty months show. */
const monthStarts = (from: string, to: string) => reportMonths(from, to).map((month) => `${month}-01`);

const sum = <R, K extends keyof R>(rows: readonly R[], key: K) => rows.reduce((total, row) => total + Number(row[key]), 0);

/** The client context's statistical reports: caseloads, intakes and discharges, and notes entered late. Each is counted in SQL. */
@Injectable()
export class ClientReportService {
  constructor(
    private readonly scope: ReportScope,
    private readonly caseload: CaseloadService,
    private readonly users: UserService,
    private readonly settings: ClientSettingsService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly clock: Clock,
  ) {}

  /** The workers a report may be narrowed to: everyone active who carries work (auditors read caseloads only through the reports). */
  async workers(): Promise<StaffModel[]> {
    return (await this.users.activeWithRoles(TASK_CARRIER_ROLES)).map((user) => StaffModel.from(user));
  }

  async caseloads(filter: ReportFilterInput): Promise<CaseloadReportModel> {
    const { to, programId, workerId } = await this.scope.open('CASELOAD', filter);
    const today = this.clock.today();
    const asOf = to < today ? to : today;
    const rows = await this.caseload.onDay(asOf, programId, workerId);
    const byWorker = rows.filter((row): row is CaseloadReportRow & { workerId: string } => row.workerId !== null);
    const names = new Map((await this.users.summaries(byWorker.map((row) => row.workerId))).map((user) => [user.id, StaffModel.from(user)]));
    const workers = byWorker
      .map(({ workerId, ...counts }) => ({ ...counts, worker: names.get(workerId) as StaffModel }))
      .sort((a, b) => a.worker.displayName.localeCompare(b.worker.displayName) || a.worker.id.localeCompare(b.worker.id));
    const { workerId: _all, ...totals } = rows.find((row) => row.workerId === null) ?? { workerId: null, ...NO_CLIENTS };
    return { asOf, workers, totals };
  }

  async intakes(filter: ReportFilterInput): Promise<IntakeReportModel> {
    const params = await this.scope.open('INTAKES', filter);
    const values = [params.agencyId, params.from, params.to, params.programId, params.workerId];
    const filters = `e.agency_id = $1 AND ($4::uuid IS NULL OR e.program_id = $4) AND ($5::uuid IS NULL OR e.primary_case_manager_id = $5)`;
    const months: IntakeReportMonth[] = await this.txHost.tx.query(
      `SELECT to_char(m.month, 'YYYY-MM') AS month, count(x.month) FILTER (WHERE x.intake)::int AS intakes, count(x.month) FILTER (WHERE NOT x.intake)::int AS discharges
       FROM unnest($6::date[]) AS m(month)
       LEFT JOIN (
         SELECT date_trunc('month', e.opened_on::timestamp) AS month, true AS intake FROM enrollment e WHERE ${filters} AND e.opened_on BETWEEN $2 AND $3
         UNION ALL
         SELECT date_trunc('month', e.closed_on::timestamp), false FROM enrollment e WHERE ${filters} AND e.closed_on BETWEEN $2 AND $3
       ) x ON x.month = m.month
       GROUP BY m.month ORDER BY m.month`,
      [...values, monthStarts(params.from, params.to)],
    );
    // Free text narrowed to one worker and month can point at a person: a reason is named only when given often enough, as last written.
    const reasons: { reason: string; discharges: number }[] = await this.txHost.tx.query(
      `SELECT (array_agg(btrim(e.close_reason) ORDER BY e.closed_on DESC, e.id DESC))[1] AS reason, count(*)::int AS discharges FROM enrollment e
       WHERE ${filters} AND e.closed_on BETWEEN $2 AND $3 AND btrim(e.close_reason) <> ''
       GROUP BY lower(btrim(e.close_reason)) HAVING count(*) >= $6
       ORDER BY count(*) DESC, 1 LIMIT ${REPORT_REASONS_MAX}`,
      [...values, REPORT_REASON_MIN_DISCHARGES],
    );
    const discharges = sum(months, 'discharges');
    return { months, intakes: sum(months, 'intakes'), discharges, reasons, otherReasons: discharges - sum(reasons, 'discharges') };
  }

  async lateNotes(filter: ReportFilterInput): Promise<LateNoteReportModel> {
    const params = await this.scope.open('LATE_NOTES', filter);
    const months: LateNoteReportMonth[] = await this.txHost.tx.query(
      `SELECT to_char(m.month, 'YYYY-MM') AS month, count(x.month)::int AS signed, count(x.month) FILTER (WHERE x.late_entry)::int AS late
       FROM unnest($7::date[]) AS m(month)
       LEFT JOIN (
         SELECT date_trunc('month', n.occurred_at AT TIME ZONE 'UTC') AS month, n.late_entry FROM case_note n
         WHERE n.agency_id = $1 AND n.status = $6
           AND n.occurred_at >= $2::date::timestamp AT TIME ZONE 'UTC' AND n.occurred_at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
           AND ($5::uuid IS NULL OR n.author_id = $5) AND ${this.scope.inProgram('n.enrollment_id', '$1', '$4')}
       ) x ON x.month = m.month
       GROUP BY m.month ORDER BY m.month`,
      [params.agencyId, params.from, params.to, params.programId, params.workerId, NoteStatus.SIGNED, monthStarts(params.from, params.to)],
    );
    const { lateEntryDays } = await this.settings.current();
    return { months, signed: sum(months, 'signed'), late: sum(months, 'late'), lateEntryDays };
  }
}
