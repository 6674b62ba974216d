import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { EnrollmentFacts, TimelineService } from '@waymark/api/client';
import { actingUserId, BadInputError, Clock, ConflictError, emitInTransaction, ForbiddenError, RequestContext } from '@waymark/api/common';
import {
  ACKNOWLEDGEABLE_CARE_PLAN_STATUSES,
  AuditAction,
  canChangeCarePlanStatus,
  CarePlanStatus,
  datesBeforeEffective,
  defaultReviewDueOn,
  ErrorReason,
  SelfApproval,
  selfApproval,
  TimelineKind,
} from '@waymark/shared/types';
import { In } from 'typeorm';
import { CarePlanEvent } from '../shared/care-plan-events';
import { planEvent } from './plan-event';
import { CarePlanGoalWriter } from './care-plan-goal-writer';
import { CARE_PLAN, CarePlanRecords } from './care-plan-records';
import { carePlanLine } from './care-plan-timeline-lines';
import { CarePlanModel } from './care-plan.model';
import type { AcknowledgeCarePlanInput } from './dto/acknowledge-care-plan.input';
import type { CarePlanVersionInput } from './dto/care-plan-version.input';
import type { CloseCarePlanInput } from './dto/close-care-plan.input';
import type { ReturnCarePlanInput } from './dto/return-care-plan.input';
import type { CarePlanEntity } from './entities/care-plan.entity';
import type { GoalDraft } from './goal-drafts';
import { NEW_DRAFT } from './new-draft';

/**
 * A plan's life after it is written: submitted, approved by a supervisor who neither wrote
 * nor submitted it (superseding the version in force) or returned, revised into a new draft, closed,
 * acknowledged by the client. Each step moves the status through the shared machine, is on
 * the client's timeline and in the audit trail, and the worklist hears of it in the same
 * transaction.
 */
@Injectable()
export class CarePlanLifecycleService {
  constructor(
    private readonly records: CarePlanRecords,
    private readonly writer: CarePlanGoalWriter,
    private readonly enrollments: EnrollmentFacts,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly events: EventEmitter2,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  @Transactional()
  async submit({ carePlanId, version }: CarePlanVersionInput): Promise<CarePlanModel> {
    const before = await this.moving(carePlanId, CarePlanStatus.PENDING_APPROVAL, 'submitted');
    await this.refuseUnready(before);
    const plan = await this.records.plans.updateVersioned(before.id, version, { status: CarePlanStatus.PENDING_APPROVAL, submittedAt: this.clock.now(), submittedBy: actingUserId(this.context.requirePrincipal()) }, 'Care plan');
    await this.stepTaken(before, plan, carePlanLine.submitted(plan.revision), { submittedBy: { from: before.submittedBy, to: plan.submittedBy } });
    await emitInTransaction(this.events, CarePlanEvent.PLAN_SUBMITTED, planEvent(plan));
    return CarePlanModel.from(plan);
  }

  /** A supervisor who neither wrote nor submitted it puts the plan in force; the version it revises (or any other in force) is superseded. */
  @Transactional()
  async approve({ carePlanId, version }: CarePlanVersionInput): Promise<CarePlanModel> {
    const before = await this.moving(carePlanId, CarePlanStatus.ACTIVE, 'approved');
    this.refuseSelfApproval(before, 'approve');
    const inForce = await this.records.plans.findOneBy({ enrollmentId: before.enrollmentId, status: CarePlanStatus.ACTIVE });
    if (inForce) {
      const superseded = await this.records.plans.updateVersioned(inForce.id, inForce.version, { status: CarePlanStatus.SUPERSEDED }, 'Care plan');
      await this.audit.record({ action: AuditAction.UPDATE, entityType: CARE_PLAN, entityId: inForce.id, clientId: inForce.clientId, changes: { status: { from: inForce.status, to: superseded.status }, supersededBy: { to: before.id } } });
    }
    const plan = await this.records.plans.updateVersioned(
      before.id,
      version,
      { status: CarePlanStatus.ACTIVE, approvedBy: this.me, approvedAt: this.clock.now(), reviewDueOn: before.reviewDueOn ?? (await this.defaultReviewOn(before)) },
      'Care plan',
    );
    await this.stepTaken(before, plan, carePlanLine.approved(plan.revision), { reviewDueOn: { from: before.reviewDueOn, to: plan.reviewDueOn } });
    await emitInTransaction(this.events, CarePlanEvent.PLAN_APPROVED, planEvent(plan));
    return CarePlanModel.from(plan);
  }

  @Transactional()
  async return({ carePlanId, version, note }: ReturnCarePlanInput): Promise<CarePlanModel> {
    const before = await this.moving(carePlanId, CarePlanStatus.DRAFT, 'returned');
    this.refuseSelfApproval(before, 'return');
    const plan = await this.records.plans.updateVersioned(before.id, version, { status: CarePlanStatus.DRAFT, returnNote: note }, 'Care plan');
    await this.stepTaken(before, plan, carePlanLine.returned(plan.revision), { returnNoteLength: { to: note.length } });
    await emitInTransaction(this.events, CarePlanEvent.PLAN_RETURNED, planEvent(plan));
    return CarePlanModel.from(plan);
  }

  /**
   * A new DRAFT revision of the plan in force, with its goals, objectives and interventions
   * copied under the same keys; the active plan stays in force until the revision is approved.
   */
  @Transactional()
  async revise({ carePlanId, version }: CarePlanVersionInput): Promise<CarePlanModel> {
    const active = await this.records.require(carePlanId, 'write');
    if (active.status !== CarePlanStatus.ACTIVE) throw this.records.illegalMove(active, 'revised; only the active plan is');
    const inProgress = await this.records.plans.findOneBy({ enrollmentId: active.enrollmentId, status: In([CarePlanStatus.DRAFT, CarePlanStatus.PENDING_APPROVAL]) });
    if (inProgress) throw new BadInputError('A revision of this plan is already being written.', [{ field: 'carePlanId', message: 'has a revision in progress' }]);
    // The active plan is not changed, yet a revision of a stale view would copy what the caller did not see.
    if (active.version !== version) throw new ConflictError();
    const last = await this.records.plans.find({ where: { enrollmentId: active.enrollmentId }, order: { revision: 'DESC' }, take: 1 });
    const today = this.clock.today();
    const plan = await this.records.insert(
      this.records.plans.create({
        ...NEW_DRAFT,
        clientId: active.clientId,
        enrollmentId: active.enrollmentId,
        revision: last[0].revision + 1,
        previousId: active.id,
        effectiveOn: active.effectiveOn > today ? active.effectiveOn : today,
        reviewDueOn: null,
        clientVision: active.clientVision,
        strengths: active.strengths,
        sourceAssessmentId: active.sourceAssessmentId,
        templateId: active.templateId,
        authorId: actingUserId(this.context.requirePrincipal()),
      }),
    );
    const goals = await this.copiedGoals(active);
    await this.writer.append(plan, goals);
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: CARE_PLAN,
      entityId: plan.id,
      clientId: plan.clientId,
      changes: { revision: { to: plan.revision }, previousId: { to: active.id }, status: { to: plan.status }, effectiveOn: { to: plan.effectiveOn }, goals: { to: goals.length } },
    });
    await this.onTimeline(plan, carePlanLine.revised(plan.revision));
    return CarePlanModel.from(plan);
  }

  /** Ends a plan in force, or abandons a draft. */
  @Transactional()
  async close({ carePlanId, version, reason }: CloseCarePlanInput): Promise<CarePlanModel> {
    const before = await this.moving(carePlanId, CarePlanStatus.CLOSED, 'closed');
    const plan = await this.records.plans.updateVersioned(before.id, version, { status: CarePlanStatus.CLOSED, closedAt: this.clock.now(), closeReason: reason }, 'Care plan');
    await this.stepTaken(before, plan, carePlanLine.closed(plan.revision), { closeReasonLength: { to: reason.length } });
    await emitInTransaction(this.events, CarePlanEvent.PLAN_CLOSED, planEvent(plan));
    return CarePlanModel.from(plan);
  }

  /** The client's signature or verbal acknowledgement, on a day that has come and the plan covers. */
  @Transactional()
  async acknowledge({ carePlanId, version, on, method, by, note }: AcknowledgeCarePlanInput): Promise<CarePlanModel> {
    const before = await this.records.require(carePlanId, 'write');
    if (!ACKNOWLEDGEABLE_CARE_PLAN_STATUSES.includes(before.status)) throw this.records.illegalMove(before, 'acknowledged; only a plan awaiting approval or active is');
    if (on > this.clock.today()) throw new BadInputError('An acknowledgement cannot be dated in the future.', [{ field: 'on', message: 'is in the future' }]);
    if (on < before.effectiveOn) throw new BadInputError(`The plan takes effect on ${before.effectiveOn}; it cannot be acknowledged before.`, [{ field: 'on', message: 'is before the plan takes effect' }]);
    const plan = await this.records.plans.updateVersioned(
      before.id,
      version,
      { acknowledgedOn: on, acknowledgementMethod: method, acknowledgedBy: by, acknowledgementNote: note ?? null },
      'Care plan',
    );
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: CARE_PLAN,
      entityId: plan.id,
      clientId: plan.clientId,
      changes: { acknowledgedOn: { from: before.acknowledgedOn, to: on }, acknowledgementMethod: { from: before.acknowledgementMethod, to: method }, acknowledgedByLength: { to: by.length } },
    });
    await this.onTimeline(plan, carePlanLine.acknowledged(plan.revision, method), new Date(`${on}T12:00:00Z`));
    return CarePlanModel.from(plan);
  }

  private get me(): string {
    return this.context.requirePrincipal().id;
  }

  /** The plan, written to by the caller, if the shared machine lets it move to `to`. */
  private async moving(carePlanId: string, to: CarePlanStatus, action: string): Promise<CarePlanEntity> {
    const plan = await this.records.require(carePlanId, 'write');
    if (!canChangeCarePlanStatus(plan.status, to)) throw this.records.illegalMove(plan, action);
    return plan;
  }

  private refuseSelfApproval(plan: CarePlanEntity, action: string): void {
    const refusal = selfApproval({ authorId: plan.authorId, submittedById: plan.submittedBy }, this.me);
    if (!refusal) return;
    const did = refusal === SelfApproval.AUTHOR ? 'wrote' : 'submitted';
    throw new ForbiddenError(`You ${did} this plan; another supervisor must ${action} it.`, { reason: ErrorReason.SELF_APPROVAL });
  }

  /** A plan goes for approval with at least one goal and no target date before it takes effect. */
  private async refuseUnready(plan: CarePlanEntity): Promise<void> {
    const goals = await this.records.goals.find({ where: { carePlanId: plan.id }, order: { position: 'ASC' } });
    if (!goals.length) throw new BadInputError('A plan needs at least one goal before it is submitted.', [{ field: 'goals', message: 'needs at least one goal' }], ErrorReason.INCOMPLETE);
    const objectives = await this.records.objectives.find({ where: { goalId: In(goals.map((goal) => goal.id)) }, order: { position: 'ASC' } });
    const problems = datesBeforeEffective(plan.effectiveOn, [
      { field: 'reviewDueOn', date: plan.reviewDueOn },
      ...goals.map((goal, i) => ({ field: `goals.${i}.targetDate`, date: goal.targetDate })),
      ...goals.flatMap((goal, i) =>
        // Positions keep gaps after a removal: the field names the objective's place among its goal's, as the editor lists them.
        objectives.filter((objective) => objective.goalId === goal.id).map((objective, j) => ({ field: `goals.${i}.objectives.${j}.targetDate`, date: objective.targetDate })),
      ),
    ]);
    if (problems.length) throw new BadInputError(`Some target dates are before the plan takes effect (${plan.effectiveOn}).`, problems);
  }

  /** effectiveOn plus the program's review months, or none when the program sets none. */
  private async defaultReviewOn(plan: CarePlanEntity): Promise<string | null> {
    const enrollment = await this.enrollments.require(plan.enrollmentId, 'read');
    return defaultReviewDueOn(plan.effectiveOn, (await this.enrollments.program(enrollment.programId)).rules.deadlines);
  }

  private async copiedGoals(plan: CarePlanEntity): Promise<GoalDraft[]> {
    const goals = await this.records.goals.find({ where: { carePlanId: plan.id }, order: { position: 'ASC' } });
    if (!goals.length) return [];
    const goalIds = goals.map((goal) => goal.id);
    const objectives = await this.records.objectives.find({ where: { goalId: In(goalIds) }, order: { position: 'ASC' } });
    const interventions = await this.records.interventions.find({ where: { goalId: In(goalIds) }, order: { position: 'ASC' } });
    return goals.map((goal) => {
      const own = objectives.filter((objective) => objective.goalId === goal.id);
      return {
        goalKey: goal.goalKey,
        statement: goal.statement,
        domain: goal.domain,
        priority: goal.priority,
        targetDate: goal.targetDate,
        status: goal.status,
        sourceAssessmentId: goal.sourceAssessmentId,
        sourceNeed: goal.sourceNeed,
        objectives: own.map(({ objectiveKey, description, measure, baseline, target, targetDate }) => ({ objectiveKey, description, measure, baseline, target, targetDate })),
        interventions: interventions
          .filter((intervention) => intervention.goalId === goal.id)
          .map((intervention) => {
            const index = own.findIndex((objective) => objective.id === intervention.objectiveId);
            return {
              objectiveIndex: index < 0 ? null : index,
              description: intervention.description,
              responsible: intervention.responsible,
              responsibleName: intervention.responsibleName,
              frequency: intervention.frequency,
              referralId: intervention.referralId,
            };
          }),
      };
    });
  }

  /** Audits a status step and puts it on the timeline. */
  private async stepTaken(before: CarePlanEntity, plan: CarePlanEntity, line: string, more: Record<string, { from?: unknown; to?: unknown }> = {}): Promise<void> {
    await this.audit.record({ action: AuditAction.UPDATE, entityType: CARE_PLAN, entityId: plan.id, clientId: plan.clientId, changes: { status: { from: before.status, to: plan.status }, ...more } });
    await this.onTimeline(plan, line);
  }

  private onTimeline(plan: CarePlanEntity, summary: string, occurredAt = this.clock.now()): Promise<void> {
    return this.timeline.add({ clientId: plan.clientId, occurredAt, kind: TimelineKind.CARE_PLAN, sourceType: CARE_PLAN, sourceId: plan.id, summary });
  }
}
