import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, ConflictError, emitInTransaction, NotFoundError } from '@waymark/api/common';
import { isUniqueViolation, TenantScope } from '@waymark/api/database';
import { AuditAction, EnrollmentStatus, ErrorReason, TimelineKind } from '@waymark/shared/types';
import { ClientEvent, type EnrollmentChangedEvent } from '../shared/client-events';
import { StaffLoader } from '../staff/staff.loader';
import { timelineLine } from '../timeline/timeline-lines';
import { TimelineService } from '../timeline/timeline.service';
import { CaseAssignments } from './case-assignments';
import type { AssignCaseManagerInput } from './dto/assign-case-manager.input';
import type { AddTeamMemberInput, RemoveTeamMemberInput } from './dto/team-member.input';
import { EnrollmentEntity } from './entities/enrollment.entity';
import { EnrollmentTeamMemberEntity } from './entities/enrollment-team-member.entity';
import { EnrollmentFacts } from './enrollment-facts';
import { EnrollmentModel } from './enrollment.model';
import { EnrollmentService } from './enrollment.service';

/** Who serves an open enrollment: a supervisor's assignments and the team beside the case manager. */
@Injectable()
export class CaseTeamService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly enrollments: EnrollmentService,
    private readonly assignments: CaseAssignments,
    private readonly staff: StaffLoader,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly facts: EnrollmentFacts,
    private readonly events: EventEmitter2,
  ) {}

  private get members() {
    return this.tenant.repository(EnrollmentTeamMemberEntity);
  }

  /** Makes `caseManagerId` the primary case manager; the previous assignment ends and stays in the history. */
  @Transactional()
  async assign({ enrollmentId, version, caseManagerId, reason }: AssignCaseManagerInput): Promise<EnrollmentModel> {
    const before = await this.openEnrollment(enrollmentId, version);
    const worker = await this.assignments.requireWorker(caseManagerId, 'caseManagerId');
    if (before.primaryCaseManagerId === worker.id) {
      throw new BadInputError(`${worker.displayName} already holds this case.`, [{ field: 'caseManagerId', message: 'already assigned' }]);
    }
    const enrollment = await this.tenant.repository(EnrollmentEntity).updateVersioned(before.id, version, { primaryCaseManagerId: worker.id }, 'Enrollment');
    await this.assignments.start(enrollment, worker, reason, await this.enrollments.programName(enrollment.programId));
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: 'Enrollment',
      entityId: enrollment.id,
      clientId: enrollment.clientId,
      reason,
      changes: { primaryCaseManagerId: { from: before.primaryCaseManagerId, to: worker.id } },
    });
    const changed: EnrollmentChangedEvent = { before: await this.facts.toFact(before), after: await this.facts.toFact(enrollment) };
    await emitInTransaction(this.events, ClientEvent.ENROLLMENT_CHANGED, changed);
    return EnrollmentModel.from(enrollment);
  }

  @Transactional()
  async addTeamMember({ enrollmentId, version, userId, role }: AddTeamMemberInput): Promise<EnrollmentModel> {
    const enrollment = await this.openEnrollment(enrollmentId, version);
    const worker = await this.assignments.requireWorker(userId, 'userId');
    if (enrollment.primaryCaseManagerId === worker.id) {
      throw new BadInputError(`${worker.displayName} is the primary case manager.`, [{ field: 'userId', message: 'is the primary case manager' }]);
    }
    const member = await this.members
      .save(this.members.create({ enrollmentId, userId: worker.id, teamRole: role, addedAt: new Date() }))
      .catch((error) => {
        if (!isUniqueViolation(error)) throw error;
        throw new BadInputError(`${worker.displayName} is already on the team.`, [{ field: 'userId', message: 'already on the team' }]);
      });
    await this.note(enrollment, member.addedAt, (program) => timelineLine.joinedTeam(program, worker.displayName));
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: 'EnrollmentTeamMember',
      entityId: member.id,
      clientId: enrollment.clientId,
      changes: { enrollmentId: { to: enrollmentId }, userId: { to: worker.id }, role: { to: role } },
    });
    return this.touched(enrollment);
  }

  @Transactional()
  async removeTeamMember({ enrollmentId, version, userId }: RemoveTeamMemberInput): Promise<EnrollmentModel> {
    const enrollment = await this.openEnrollment(enrollmentId, version);
    const member = await this.members.findOneBy({ enrollmentId, userId });
    if (!member) throw new NotFoundError('Team member');
    await this.members
      .createQueryBuilder('m')
      .delete()
      .where('id = :id AND agency_id = :agencyId', { id: member.id, agencyId: this.members.agencyId })
      .execute();
    const name = (await this.staff.load(userId))?.displayName ?? 'A worker';
    await this.note(enrollment, new Date(), (program) => timelineLine.leftTeam(program, name));
    await this.audit.record({
      action: AuditAction.DELETE,
      entityType: 'EnrollmentTeamMember',
      entityId: member.id,
      clientId: enrollment.clientId,
      changes: { enrollmentId: { from: enrollmentId }, userId: { from: userId }, role: { from: member.teamRole } },
    });
    return this.touched(enrollment);
  }

  /** An enrollment still open to changes of who serves it, at the version the caller saw. */
  private async openEnrollment(enrollmentId: string, version: number): Promise<EnrollmentEntity> {
    const { enrollment } = await this.enrollments.open(enrollmentId, 'write');
    if (enrollment.version !== version) throw new ConflictError();
    if (enrollment.status === EnrollmentStatus.CLOSED) {
      throw new BadInputError('This enrollment is closed.', [{ field: 'enrollmentId', message: 'closed' }], ErrorReason.LOCKED_RECORD);
    }
    return enrollment;
  }

  /** The enrollment at its next version, so whoever saw the team before this change must look again. */
  private async touched(enrollment: EnrollmentEntity): Promise<EnrollmentModel> {
    return EnrollmentModel.from(await this.tenant.repository(EnrollmentEntity).updateVersioned(enrollment.id, enrollment.version, {}, 'Enrollment'));
  }

  /** A change of the team on the client's timeline, in a line naming the program. */
  private async note(enrollment: EnrollmentEntity, occurredAt: Date, line: (program: string) => string): Promise<void> {
    await this.timeline.add({
      clientId: enrollment.clientId,
      occurredAt,
      kind: TimelineKind.ASSIGNMENT,
      sourceType: 'Enrollment',
      sourceId: enrollment.id,
      summary: line(await this.enrollments.programName(enrollment.programId)),
    });
  }
}
