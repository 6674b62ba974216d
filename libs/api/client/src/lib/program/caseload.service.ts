import { Injectable } from '@nestjs/common';
import { NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { type StaffSummary, UserService } from '@waymark/api/identity';
import { CASELOAD_ROLES, EnrollmentStatus, RiskLevel } from '@waymark/shared/types';
import { ClientSearchService } from '../person/client-search.service';
import { ClientEntity } from '../person/client.entity';
import type { ClientConnection } from '../person/client.model';
import { StaffModel } from '../staff/staff.model';
import type { CaseloadSummaryModel } from './caseload.model';
import type { MyCaseloadArgs } from './dto/my-caseload.args';
import { EnrollmentEntity } from './entities/enrollment.entity';
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
    private readonly users: UserService,
    private readonly search: ClientSearchService,
    private readonly context: RequestContext,
  ) {}

  /** The caller's caseload as the client list shows it: searched, paginated and audited the same way. */
  mine(args: MyCaseloadArgs): Promise<ClientConnection> {
    return this.search.list(args, { caseloadOf: this.context.requirePrincipal().id });
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

  /** Distinct clients per primary case manager over open enrollments; a client in two programs counts once. */
  private async count(programId?: string | null): Promise<CaseloadCounts[]> {
    const query = this.tenant
      .repository(EnrollmentEntity)
      .createQueryBuilder('e')
      .innerJoin(ClientEntity, 'c', 'c.agencyId = e.agencyId AND c.id = e.clientId')
      .andWhere('e.closedOn IS NULL')
      .andWhere('e.primaryCaseManagerId IS NOT NULL')
      .select('e.primaryCaseManagerId', 'workerId')
      .addSelect('count(DISTINCT e.clientId)::int', 'total')
      .addSelect('count(DISTINCT e.clientId) FILTER (WHERE e.status = :pending)::int', 'pending')
      .addSelect('count(DISTINCT e.clientId) FILTER (WHERE e.status = :active)::int', 'active')
      .addSelect('count(DISTINCT e.clientId) FILTER (WHERE e.status = :onHold)::int', 'onHold')
      .addSelect('count(DISTINCT e.clientId) FILTER (WHERE c.riskLevel = :high)::int', 'highRisk')
      .setParameters({ pending: EnrollmentStatus.PENDING, active: EnrollmentStatus.ACTIVE, onHold: EnrollmentStatus.ON_HOLD, high: RiskLevel.HIGH })
      .groupBy('e.primaryCaseManagerId');
    if (programId) query.andWhere('e.programId = :programId', { programId });
    return query.getRawMany<CaseloadCounts>();
  }
}
