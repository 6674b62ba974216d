import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { EnrollmentFacts, type EnrollmentFact, TimelineService, createdChanges, textByLength, writeChanges } from '@waymark/api/client';
import { BadInputError, ConflictError, RequestContext, actingUserId } from '@waymark/api/common';
import { isUniqueViolation, TenantScope } from '@waymark/api/database';
import { AuditAction, EnrollmentStatus, ErrorReason, TimelineKind } from '@waymark/shared/types';
import { DischargePlanEntity } from './discharge-plan.entity';
import { DischargePlanModel } from './discharge-plan.model';
import { dischargeLine } from './discharge-timeline-lines';
import type { SaveDischargePlanInput } from './dto/save-discharge-plan.input';

/** The audit trail's and the timeline's name for a discharge plan. */
export const DISCHARGE_PLAN = 'DischargePlan';

const FIELDS = ['plannedOn', 'reason', 'aftercare', 'continuingServices'] as const satisfies readonly (keyof DischargePlanEntity)[];

/** What the client told their worker about life after services is kept out of the trail but for its length. */
const FREE_TEXT = ['aftercare', 'continuingServices'];

type PlanValues = Pick<DischargePlanEntity, (typeof FIELDS)[number]>;

/** The discharge plan of an enrollment: read and written under the client's access rules, every step audited and on the timeline. */
@Injectable()
export class DischargePlanService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly facts: EnrollmentFacts,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get plans() {
    return this.tenant.repository(DischargePlanEntity);
  }

  async forEnrollment(enrollmentId: string): Promise<DischargePlanModel | null> {
    const enrollment = await this.facts.require(enrollmentId, 'read');
    const plan = await this.plans.findOneBy({ enrollmentId });
    this.audit.recordRead({ action: AuditAction.READ, entityType: DISCHARGE_PLAN, entityId: plan?.id, clientId: enrollment.clientId });
    return plan && DischargePlanModel.from(plan);
  }

  /**
   * The first plan (no version) or a change to it (the version last seen). A plan written by
   * someone else meanwhile is a CONFLICT either way, never overwritten.
   */
  @Transactional()
  async save({ enrollmentId, version, ...fields }: SaveDischargePlanInput): Promise<DischargePlanModel> {
    const enrollment = await this.facts.require(enrollmentId, 'write');
    this.refuseInvalid(enrollment, fields.plannedOn);
    const values: PlanValues = {
      plannedOn: fields.plannedOn,
      reason: fields.reason,
      aftercare: fields.aftercare ?? null,
      continuingServices: fields.continuingServices ?? null,
    };
    const before = await this.plans.findOneBy({ enrollmentId });
    if (!before) {
      if (version != null) throw new ConflictError();
      return this.create(enrollment, values);
    }
    if (version == null) throw new ConflictError('This enrollment already has a discharge plan. Reload it and try again.');
    const { row: plan, changes } = await writeChanges(this.plans, before, version, values, FIELDS, 'Discharge plan');
    if (Object.keys(changes).length) {
      await this.onTimeline(plan, dischargeLine.revised(enrollment.programName, plan.plannedOn), plan.updatedAt);
      await this.audit.record({ action: AuditAction.UPDATE, entityType: DISCHARGE_PLAN, entityId: plan.id, clientId: plan.clientId, changes: textByLength(changes, FREE_TEXT) });
    }
    return DischargePlanModel.from(plan);
  }

  private async create(enrollment: EnrollmentFact, values: PlanValues): Promise<DischargePlanModel> {
    const principal = this.context.requirePrincipal();
    const plan = await this.plans
      .save(this.plans.create({ ...values, clientId: enrollment.clientId, enrollmentId: enrollment.id, createdById: actingUserId(principal) }))
      .catch((error) => {
        if (isUniqueViolation(error)) throw new ConflictError('This enrollment already has a discharge plan. Reload it and try again.');
        throw error;
      });
    await this.onTimeline(plan, dischargeLine.planned(enrollment.programName, plan.plannedOn), plan.createdAt);
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: DISCHARGE_PLAN,
      entityId: plan.id,
      clientId: plan.clientId,
      changes: textByLength({ enrollmentId: { to: enrollment.id }, ...createdChanges(plan, FIELDS) }, FREE_TEXT),
    });
    return DischargePlanModel.from(plan);
  }

  /** A closed enrollment's plan is history; a discharge cannot be planned before the enrollment began. */
  private refuseInvalid(enrollment: EnrollmentFact, plannedOn: string): void {
    if (enrollment.status === EnrollmentStatus.CLOSED) {
      throw new BadInputError('This enrollment is closed; its discharge plan can no longer change.', [{ field: 'enrollmentId', message: 'closed' }], ErrorReason.LOCKED_RECORD);
    }
    if (plannedOn < enrollment.openedOn) {
      throw new BadInputError(`The discharge cannot be planned before the enrollment opened on ${enrollment.openedOn}.`, [
        { field: 'plannedOn', message: `must not be before ${enrollment.openedOn}` },
      ]);
    }
  }

  private onTimeline(plan: DischargePlanEntity, summary: string, occurredAt: Date): Promise<void> {
    return this.timeline.add({ clientId: plan.clientId, occurredAt, kind: TimelineKind.DISCHARGE, sourceType: DISCHARGE_PLAN, sourceId: plan.id, summary });
  }
}
