import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { TenantScope } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { groupedBy, requestLoader } from '@waymark/api/common';
import { CaseAssignmentEntity } from './entities/case-assignment.entity';
import { EnrollmentEntity } from './entities/enrollment.entity';
import { EnrollmentTeamMemberEntity } from './entities/enrollment-team-member.entity';
import { CaseAssignmentModel, EnrollmentModel, TeamMemberModel } from './enrollment.model';

const BY_CLIENT = Symbol('client.enrollmentsByClient');
const TEAMS = Symbol('client.enrollmentTeams');
const ASSIGNMENTS = Symbol('client.caseAssignments');

/**
 * Enrollments of a page of clients, and their teams and assignment histories, one query per
 * kind however many rows the page has. Callers have already opened the clients.
 */
@Injectable()
export class EnrollmentLoader {
  constructor(
    private readonly tenant: TenantScope,
    private readonly audit: AuditTrail,
    private readonly cls: ClsService,
  ) {}

  /** The client's enrollments, newest first; reading them is audited per client. */
  byClient(clientId: string): Promise<EnrollmentModel[]> {
    return requestLoader<string, EnrollmentModel[]>(this.cls, BY_CLIENT, async (clientIds) => {
      const rows = await this.tenant.repository(EnrollmentEntity).find({
        where: { clientId: In([...clientIds]) },
        order: { openedOn: 'DESC', createdAt: 'DESC' },
      });
      this.audit.recordRead(...clientIds.map((id) => ({ action: AuditAction.READ, entityType: 'Enrollment', clientId: id })));
      return groupedBy(clientIds, rows.map(EnrollmentModel.from), (row) => row.clientId);
    }).load(clientId);
  }

  team(enrollmentId: string): Promise<TeamMemberModel[]> {
    return requestLoader<string, TeamMemberModel[]>(this.cls, TEAMS, async (ids) => {
      const rows = await this.tenant.repository(EnrollmentTeamMemberEntity).find({ where: { enrollmentId: In([...ids]) }, order: { addedAt: 'ASC' } });
      return groupedBy(ids, rows, (row) => row.enrollmentId).map((group) => group.map(TeamMemberModel.from));
    }).load(enrollmentId);
  }

  /** Newest first: the current assignment, then who held the case before. */
  assignments(enrollmentId: string): Promise<CaseAssignmentModel[]> {
    return requestLoader<string, CaseAssignmentModel[]>(this.cls, ASSIGNMENTS, async (ids) => {
      const rows = await this.tenant.repository(CaseAssignmentEntity).find({ where: { enrollmentId: In([...ids]) }, order: { startedAt: 'DESC' } });
      return groupedBy(ids, rows, (row) => row.enrollmentId).map((group) => group.map(CaseAssignmentModel.from));
    }).load(enrollmentId);
  }
}
