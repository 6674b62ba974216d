import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { BadInputError, ConflictError, DomainError } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { EnrollmentStatus, ErrorCode, ErrorReason } from '@waymark/shared/types';
import { In } from 'typeorm';
import { CaseAssignments } from './case-assignments';
import { CaseTeamService } from './case-team.service';
import type { ReassignEnrollmentsInput } from './dto/reassign-enrollments.input';
import { EnrollmentEntity } from './entities/enrollment.entity';
import type { EnrollmentModel } from './enrollment.model';

/**
 * A supervisor moving several cases to one worker at once, all or nothing: everything named
 * is checked before anything changes, then each case goes through the single reassignment
 * (assignment history, timeline, audit with the reason, tasks handed over) in one transaction.
 */
@Injectable()
export class CaseReassignments {
  constructor(
    private readonly tenant: TenantScope,
    private readonly assignments: CaseAssignments,
    private readonly caseTeam: CaseTeamService,
  ) {}

  @Transactional()
  async reassign({ enrollments, caseManagerId, reason }: ReassignEnrollmentsInput): Promise<EnrollmentModel[]> {
    const rows = await this.tenant.repository(EnrollmentEntity).find({ where: { id: In(enrollments.map((item) => item.enrollmentId)) } });
    const found = new Map(rows.map((enrollment) => [enrollment.id, enrollment]));
    const worker = await this.assignments.requireWorker(caseManagerId, 'caseManagerId');
    enrollments.forEach(({ enrollmentId, version }, index) => {
      const enrollment = found.get(enrollmentId);
      const field = `enrollments.${index}.enrollmentId`;
      if (!enrollment) throw new DomainError(ErrorCode.NOT_FOUND, 'One of these enrollments was not found.', { fields: [{ field, message: 'not found' }] });
      if (enrollment.version !== version) throw new ConflictError('Someone else changed one of these cases. Reload them and try again.');
      if (enrollment.status === EnrollmentStatus.CLOSED) {
        throw new BadInputError('One of these enrollments is closed.', [{ field, message: 'closed' }], ErrorReason.LOCKED_RECORD);
      }
      if (enrollment.primaryCaseManagerId === worker.id) {
        throw new BadInputError(`${worker.displayName} already holds one of these cases.`, [{ field, message: 'already assigned to this worker' }]);
      }
    });
    const moved: EnrollmentModel[] = [];
    for (const { enrollmentId, version } of enrollments) moved.push(await this.caseTeam.assign({ enrollmentId, version, caseManagerId, reason }));
    return moved;
  }
}
