import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { type StaffSummary, UserService } from '@waymark/api/identity';
import { CASELOAD_ROLES, EnrollmentStatus, RiskLevel } from '@waymark/shared/types';
import { ClientSearchService } from '../person/client-search.service';
import type { ClientConnection } from '../person/client.model';
import { StaffModel } from '../staff/staff.model';
import type { CaseloadReportRow } from '../report/caseload-report-row';
import type { CaseloadSummaryModel } from './caseload.model';
import type { MyCaseloadArgs } from './dto/my-caseload.args';
import { ProgramEntity } from './entities/program.entity';

interface CaseloadCounts {
  workerId: string;
  total: number;
  pending: number;
  active: number;
  onHold: number;
  highRisk: number;
}

const NONE = { total: 0, pending: 0, active: 0, onHold: 0, highRisk: 0 };

/** Caseload per worker, counted in SQL, with each worker's share of the average for balancing. */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly users: UserService,
    private readonly search: ClientSearchService,
    private readonly context: RequestContext,
  ) {}

  /** The caller's caseload as the client list shows it: searched, paginated and audited the same way. */
  mine(args: MyCaseloadArgs): Promise<ClientConnection> {
    return this.search.list(args, { ownCaseload: true });
  }

  /**
   * Every active case manager and supervisor, plus anyone else still holding open cases (a
   * worker since deactivated), so no case goes uncounted.
   */
  async caseloads(programId?: string | null): Promise<CaseloadSummaryModel[]> {
    if (programId && !(await this.tenant.repository(ProgramEntity).findOneBy({ id: programId }))) throw new NotFoundError('Program');
    const counts = new Map((await this.count(programId)).map((row) => [row.workerId, row]));
    const workers = await this.users.activeWithRoles(CASELOAD_ROLES);
    const listed = new Set(workers.map((worker) => worker.id));
    const holders = [...counts.keys()].filter((id) => !listed.has(id));
    const everyone: StaffSummary[] = [...workers, ...(holders.length ? await this.users.summaries(holders) : [])];

    const totals = everyone.map((worker) => counts.get(worker.id)?.total ?? 0);
    const average = totals.reduce((sum, total) => sum + total, 0) / (everyone.length || 1);
    return everyone.map((worker) => {
      const { total, pending, active, onHold, highRisk } = counts.get(worker.id) ?? NONE;
      return {
        worker: StaffModel.from(worker),
        totalClients: total,
        pendingClients: pending,
        activeClients: active,
        onHoldClients: onHold,
        highRiskClients: highRisk,
        shareOfAverage: average ? total / average : null,
      };
    });
  }

  /**
   * Distinct clients per primary case manager over open enrollments; a client in two programs
   * counts once. Each worker's clients are found first (with the statuses of their cases), so
   * the counts need no DISTINCT; the high-risk ones are looked up in their own index.
   */
  private async count(programId?: string | null): Promise<CaseloadCounts[]> {
    return this.txHost.tx.query(
      `SELECT w.worker_id AS "workerId", count(*)::int AS total, count(*) FILTER (WHERE w.pending)::int AS pending,
         count(*) FILTER (WHERE w.active)::int AS active, count(*) FILTER (WHERE w.on_hold)::int AS "onHold", count(h.id)::int AS "highRisk"
       FROM (
         SELECT e.primary_case_manager_id AS worker_id, e.client_id,
           bool_or(e.status = $2) AS pending, bool_or(e.status = $3) AS active, bool_or(e.status = $4) AS on_hold
         FROM enrollment e
         WHERE e.agency_id = $1 AND e.primary_case_manager_id IS NOT NULL AND e.closed_on IS NULL AND ($5::uuid IS NULL OR e.program_id = $5)
         GROUP BY e.primary_case_manager_id, e.client_id
       ) w
       LEFT JOIN client h ON h.agency_id = $1 AND h.id = w.client_id AND h.risk_level = $6
       GROUP BY w.worker_id`,
      [this.context.agencyId, EnrollmentStatus.PENDING, EnrollmentStatus.ACTIVE, EnrollmentStatus.ON_HOLD, programId ?? null, RiskLevel.HIGH],
    );
  }

  /**
   * The caseload report's counts: distinct clients per case manager over enrollments open on
   * `asOf`, by status and by risk, for one program and one worker if given, and a row without
   * a worker for all of them (a client two workers serve counts once there). The worker is who
   * held the case at the end of that day by its assignment history (today's primary case
   * manager when the history does not reach back to it); status and risk are today's. A client
   * in two programs counts once, with the status of their liveliest case.
   */
  async onDay(asOf: string, programId: string | null, workerId: string | null): Promise<CaseloadReportRow[]> {
    return this.txHost.tx.query(
      `WITH held AS (
         SELECT coalesce(a.case_manager_id, e.primary_case_manager_id) AS worker_id, e.client_id,
           CASE WHEN e.closed_on IS NOT NULL THEN 4 WHEN e.status = $8 THEN 1 WHEN e.status = $9 THEN 2 ELSE 3 END AS rank
         FROM enrollment e
         LEFT JOIN LATERAL (
           SELECT ca.case_manager_id FROM case_assignment ca
           WHERE ca.agency_id = $1 AND ca.enrollment_id = e.id AND ca.started_at < ($2::date + 1)::timestamp AT TIME ZONE 'UTC'
             AND (ca.ended_at IS NULL OR ca.ended_at >= ($2::date + 1)::timestamp AT TIME ZONE 'UTC')
           ORDER BY ca.started_at DESC LIMIT 1
         ) a ON true
         WHERE e.agency_id = $1 AND e.opened_on <= $2 AND (e.closed_on IS NULL OR e.closed_on > $2) AND ($3::uuid IS NULL OR e.program_id = $3)
       ), w AS (
         SELECT worker_id, client_id, min(rank) AS rank FROM held
         WHERE worker_id IS NOT NULL AND ($4::uuid IS NULL OR worker_id = $4)
         GROUP BY GROUPING SETS ((worker_id, client_id), (client_id))
       )
       SELECT w.worker_id AS "workerId", count(*)::int AS total,
         count(*) FILTER (WHERE w.rank = 3)::int AS pending, count(*) FILTER (WHERE w.rank = 1)::int AS active,
         count(*) FILTER (WHERE w.rank = 2)::int AS "onHold", count(*) FILTER (WHERE w.rank = 4)::int AS "closedSince",
         count(*) FILTER (WHERE c.risk_level = $5)::int AS "lowRisk", count(*) FILTER (WHERE c.risk_level = $6)::int AS "moderateRisk",
         count(*) FILTER (WHERE c.risk_level = $7)::int AS "highRisk"
       FROM w
       JOIN client c ON c.agency_id = $1 AND c.id = w.client_id
       GROUP BY w.worker_id`,
      [this.context.agencyId, asOf, programId, workerId, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, EnrollmentStatus.ACTIVE, EnrollmentStatus.ON_HOLD],
    );
  }
}
