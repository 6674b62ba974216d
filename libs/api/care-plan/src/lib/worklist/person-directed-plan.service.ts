import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { EnrollmentFacts } from '@waymark/api/client';
import { BadInputError, Clock, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, daysBetween } from '@waymark/shared/types';
import { DeadlinePlanner } from './deadline-planner';
import type { RecordPersonDirectedPlanInput } from './dto/record-person-directed-plan.input';
import { PersonDirectedPlanEntity } from './person-directed-plan.entity';
import { PersonDirectedPlanModel } from './person-directed-plan.model';

const ENTITY = 'PersonDirectedPlan';

/** Receiving a person-directed plan starts the implementation-plan deadline of the enrollment. */
@Injectable()
export class PersonDirectedPlanService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly enrollments: EnrollmentFacts,
    private readonly planner: DeadlinePlanner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  @Transactional()
  async record({ enrollmentId, receivedOn, note }: RecordPersonDirectedPlanInput): Promise<PersonDirectedPlanModel> {
    const enrollment = await this.enrollments.require(enrollmentId, 'write');
    if (daysBetween(this.clock.today(), receivedOn) > 0) {
      throw new BadInputError('The plan cannot be received in the future.', [{ field: 'receivedOn', message: 'in the future' }]);
    }
    if (enrollment.closedOn) {
      throw new BadInputError('The enrollment is closed.', [{ field: 'enrollmentId', message: 'closed enrollment' }]);
    }
    const plans = this.tenant.repository(PersonDirectedPlanEntity);
    const plan = await plans.save(
      plans.create({ clientId: enrollment.clientId, enrollmentId, receivedOn, note: note ?? null, recordedBy: this.context.requirePrincipal().id }),
    );
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: ENTITY,
      entityId: plan.id,
      clientId: plan.clientId,
      changes: { enrollmentId: { to: enrollmentId }, receivedOn: { to: receivedOn }, noteLength: { to: note?.length ?? 0 } },
    });
    await this.planner.reconcileFact(enrollment);
    return PersonDirectedPlanModel.from(plan);
  }
}
