import { Injectable } from '@nestjs/common';
import { EnrollmentFacts } from '@waymark/api/client';
import { BadInputError, NotFoundError } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { ReferralFacts } from '@waymark/api/referral';
import { TaskSubject } from '@waymark/shared/types';
import { AssessmentEntity } from '../assessment/assessment.entity';
import { CarePlanEntity } from '../plan/entities/care-plan.entity';

/**
 * The record a hand-written task concerns must be one of its client's: a task never points
 * at another client's (or agency's) record.
 */
@Injectable()
export class TaskSubjects {
  constructor(
    private readonly enrollments: EnrollmentFacts,
    private readonly tenant: TenantScope,
    private readonly referrals: ReferralFacts,
  ) {}

  async require(subjectType: TaskSubject, subjectId: string, clientId: string | null): Promise<void> {
    if (!clientId) {
      throw new BadInputError('A task about a record names the client it belongs to.', [{ field: 'clientId', message: 'required with a subject' }]);
    }
    if ((await this.clientOf(subjectType, subjectId)) !== clientId) {
      throw new BadInputError('The record is not one of this client’s.', [{ field: 'subjectId', message: 'not a record of the client' }]);
    }
  }

  private async clientOf(subjectType: TaskSubject, subjectId: string): Promise<string> {
    switch (subjectType) {
      case TaskSubject.CLIENT:
        return subjectId;
      case TaskSubject.ENROLLMENT:
        return (await this.enrollments.require(subjectId, 'read', 'subjectId')).clientId;
      case TaskSubject.CARE_PLAN: {
        const plan = await this.tenant.repository(CarePlanEntity).findOneBy({ id: subjectId });
        if (!plan) throw new NotFoundError('Care plan');
        return plan.clientId;
      }
      case TaskSubject.ASSESSMENT: {
        const assessment = await this.tenant.repository(AssessmentEntity).findOneBy({ id: subjectId });
        if (!assessment) throw new NotFoundError('Assessment');
        return assessment.clientId;
      }
      case TaskSubject.REFERRAL: {
        const [referral] = await this.referrals.of([subjectId]);
        if (!referral) throw new NotFoundError('Referral');
        return referral.clientId;
      }
      default:
        // Appointments, training, after-hours calls, chart audits, fund requests and emergency
        // access bring their own tasks (RecordTasks).
        throw new BadInputError('Tasks about this kind of record are made by the record itself.', [{ field: 'subjectType', message: 'not for a written task' }]);
    }
  }
}
