import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, NotFoundError, RequestContext, type ReportFilterInput } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { UserService } from '@waymark/api/identity';
import { AuditAction, REPORT_PERIOD_MAX_DAYS, type ReportFilter, reportPeriodProblem } from '@waymark/shared/types';
import { ProgramEntity } from '../program/entities/program.entity';

/** The entity type a report's read is audited under; its id names the report. */
const REPORT_ENTITY = 'Report';

/** A report's filter once checked, with the caller's agency: the first parameters of every report's statement. */
export interface ReportScopeParams extends ReportFilter {
  agencyId: string;
  programId: string | null;
  workerId: string | null;
}

/**
 * The door every statistical report goes through, whichever context answers it: the filter
 * checked (a period in order and not too long, a program and a worker of the caller's agency)
 * and the read audited with the filter. The reports hold no client, so the trail names none.
 */
@Injectable()
export class ReportScope {
  constructor(
    private readonly tenant: TenantScope,
    private readonly users: UserService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  async open(report: string, { from, to, programId, workerId }: ReportFilterInput): Promise<ReportScopeParams> {
    const problem = reportPeriodProblem(from, to);
    if (problem === 'FROM_AFTER_TO') throw new BadInputError('The period ends before it starts.', [{ field: 'to', message: 'to must not be before from' }]);
    if (problem === 'TOO_LONG') {
      throw new BadInputError(`A report covers at most ${REPORT_PERIOD_MAX_DAYS} days.`, [{ field: 'to', message: `the period must be at most ${REPORT_PERIOD_MAX_DAYS} days` }]);
    }
    if (programId && !(await this.tenant.repository(ProgramEntity).findOneBy({ id: programId }))) throw new NotFoundError('Program');
    if (workerId && !(await this.users.summaries([workerId])).length) throw new NotFoundError('Worker');
    this.audit.recordRead({
      action: AuditAction.READ,
      entityType: REPORT_ENTITY,
      entityId: report,
      changes: { from: { to: from }, to: { to: to }, programId: { to: programId ?? null }, workerId: { to: workerId ?? null } },
    });
    return { agencyId: this.context.agencyId, from, to, programId: programId ?? null, workerId: workerId ?? null };
  }

  /**
   * SQL that keeps records kept on an enrollment (its id in `column`) to enrollments of the
   * program in parameter `program`, or every record when that parameter is null; the agency is
   * in parameter `agency`. The client context owns enrollments, so the reports above it ask here.
   */
  inProgram(column: string, agency: string, program: string): string {
    return `(${program}::uuid IS NULL OR ${column} IN (SELECT pe.id FROM enrollment pe WHERE pe.agency_id = ${agency} AND pe.program_id = ${program}))`;
  }

  /** As `inProgram`, for enrollments whose primary case manager is the worker in parameter `worker`. */
  ledBy(column: string, agency: string, worker: string): string {
    return `(${worker}::uuid IS NULL OR ${column} IN (SELECT we.id FROM enrollment we WHERE we.agency_id = ${agency} AND we.primary_case_manager_id = ${worker}))`;
  }
}
