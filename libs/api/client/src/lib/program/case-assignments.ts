import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { UserService } from '@waymark/api/identity';
import { CASELOAD_ROLES, TimelineKind } from '@waymark/shared/types';
import { IsNull } from 'typeorm';
import { StaffLoader } from '../staff/staff.loader';
import type { StaffModel } from '../staff/staff.model';
import { timelineLine } from '../timeline/timeline-lines';
import { TimelineService } from '../timeline/timeline.service';
import { CaseAssignmentEntity } from './entities/case-assignment.entity';
import type { EnrollmentEntity } from './entities/enrollment.entity';

/**
 * Who holds an enrollment, over time: starting an assignment ends the current one, so the
 * rows read as the case's history. Callers run inside their own transaction.
 */
@Injectable()
export class CaseAssignments {
  constructor(
    private readonly tenant: TenantScope,
    private readonly users: UserService,
    private readonly staff: StaffLoader,
    private readonly timeline: TimelineService,
    private readonly context: RequestContext,
  ) {}

  private get assignments() {
    return this.tenant.repository(CaseAssignmentEntity);
  }

  /**
   * A worker who can carry cases. An unknown user or another agency's is NOT_FOUND; one who
   * is inactive or holds another role is BAD_USER_INPUT naming `field`.
   */
  async requireWorker(userId: string, field: string): Promise<StaffModel> {
    const staff = await this.staff.load(userId);
    if (!staff) throw new NotFoundError('User');
    if (!(await this.users.isActiveWithRole(userId, CASELOAD_ROLES))) {
      throw new BadInputError(`${staff.displayName} is not an active case manager or supervisor.`, [
        { field, message: 'not an active case manager or supervisor' },
      ]);
    }
    return staff;
  }

  async start(enrollment: EnrollmentEntity, worker: StaffModel, reason: string, programName: string): Promise<void> {
    const now = new Date();
    await this.end(enrollment.id, now);
    const assignment = await this.assignments.save(
      this.assignments.create({
        enrollmentId: enrollment.id,
        caseManagerId: worker.id,
        assignedBy: this.context.requirePrincipal().id,
        reason,
        startedAt: now,
        endedAt: null,
      }),
    );
    await this.timeline.add({
      clientId: enrollment.clientId,
      occurredAt: assignment.startedAt,
      kind: TimelineKind.ASSIGNMENT,
      sourceType: 'Enrollment',
      sourceId: enrollment.id,
      summary: timelineLine.assigned(programName, worker.displayName),
    });
  }

  /** Ends the enrollment's current assignment, if any; the case manager whose assignment ended. */
  async end(enrollmentId: string, at: Date): Promise<string | null> {
    const current = await this.assignments.findOneBy({ enrollmentId, endedAt: IsNull() });
    if (!current) return null;
    await this.assignments.save(Object.assign(current, { endedAt: at }));
    return current.caseManagerId;
  }
}
