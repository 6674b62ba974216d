import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate, type ClientAccessNeed } from '@waymark/api/client';
import { BadInputError, ConflictError, NotFoundError } from '@waymark/api/common';
import { isUniqueViolation, TenantScope } from '@waymark/api/database';
import { AuditAction, type CarePlanStatus, ErrorReason, isCarePlanEditable } from '@waymark/shared/types';
import { CarePlanGoalEntity } from './entities/care-plan-goal.entity';
import { CarePlanInterventionEntity } from './entities/care-plan-intervention.entity';
import { CarePlanObjectiveEntity } from './entities/care-plan-objective.entity';
import { CarePlanEntity } from './entities/care-plan.entity';
import { PlanTemplateEntity } from './entities/plan-template.entity';

export const CARE_PLAN = 'CarePlan';
export const CARE_PLAN_GOAL = 'CarePlanGoal';
export const CARE_PLAN_OBJECTIVE = 'CarePlanObjective';
export const CARE_PLAN_INTERVENTION = 'CarePlanIntervention';

const STATUS_WORDS: Record<CarePlanStatus, string> = {
  DRAFT: 'a draft',
  PENDING_APPROVAL: 'awaiting approval',
  ACTIVE: 'active',
  SUPERSEDED: 'superseded',
  CLOSED: 'closed',
};

/**
 * Finding a care plan of the caller's agency through its client's access rules, and the one
 * rule every edit shares: only a DRAFT changes, at the version the caller last saw, and each
 * change to a goal, objective or intervention bumps the plan's version.
 */
@Injectable()
export class CarePlanRecords {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly audit: AuditTrail,
  ) {}

  get plans() {
    return this.tenant.repository(CarePlanEntity);
  }

  get goals() {
    return this.tenant.repository(CarePlanGoalEntity);
  }

  get objectives() {
    return this.tenant.repository(CarePlanObjectiveEntity);
  }

  get interventions() {
    return this.tenant.repository(CarePlanInterventionEntity);
  }

  get templates() {
    return this.tenant.repository(PlanTemplateEntity);
  }

  /** The plan once the caller may `need` its client; an unknown or another agency's id is NOT_FOUND. */
  async require(id: string, need: ClientAccessNeed, field = 'carePlanId'): Promise<CarePlanEntity> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan) throw new NotFoundError('Care plan');
    await this.gate.require(plan.clientId, need, { field });
    return plan;
  }

  /**
   * A draft the caller may write to, still at `version`: anything else is refused before a
   * row is touched (LOCKED_RECORD once submitted, CONFLICT when someone changed it since).
   */
  async requireDraft(id: string, version: number): Promise<CarePlanEntity> {
    const plan = await this.require(id, 'write');
    if (!isCarePlanEditable(plan.status)) {
      throw new BadInputError(
        `This care plan is ${STATUS_WORDS[plan.status]} and can no longer be changed; revise the active plan to change it.`,
        [{ field: 'carePlanId', message: `is ${STATUS_WORDS[plan.status]}` }],
        ErrorReason.LOCKED_RECORD,
      );
    }
    if (plan.version !== version) throw new ConflictError();
    return plan;
  }

  /**
   * Saves a new plan version. Two people starting (or revising) a plan for the same enrollment
   * at once: the partial unique index of plans being written answers the second.
   */
  async insert(plan: CarePlanEntity): Promise<CarePlanEntity> {
    try {
      return await this.plans.save(plan);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new BadInputError('This enrollment already has a plan being written.', [{ field: 'enrollmentId', message: 'already has a plan being written' }]);
    }
  }

  /** A status move the shared machine refuses. */
  illegalMove(plan: CarePlanEntity, action: string): BadInputError {
    return new BadInputError(
      `A plan that is ${STATUS_WORDS[plan.status]} cannot be ${action}.`,
      [{ field: 'carePlanId', message: `is ${STATUS_WORDS[plan.status]}` }],
      ErrorReason.ILLEGAL_TRANSITION,
    );
  }

  /** Records that a part of the plan changed: the plan's version moves on (a stale one is CONFLICT). */
  bump(plan: CarePlanEntity, version: number): Promise<CarePlanEntity> {
    return this.plans.updateVersioned(plan.id, version, {}, 'Care plan');
  }

  /** The goal of this plan; another plan's goal is NOT_FOUND. */
  async goalOf(plan: CarePlanEntity, goalId: string): Promise<CarePlanGoalEntity> {
    const goal = await this.goals.findOneBy({ id: goalId, carePlanId: plan.id });
    if (!goal) throw new NotFoundError('Goal');
    return goal;
  }

  /** The objective of a goal of this plan, with its goal. */
  async objectiveOf(plan: CarePlanEntity, objectiveId: string): Promise<{ objective: CarePlanObjectiveEntity; goal: CarePlanGoalEntity }> {
    const objective = await this.objectives.findOneBy({ id: objectiveId });
    const goal = objective && (await this.goals.findOneBy({ id: objective.goalId, carePlanId: plan.id }));
    if (!objective || !goal) throw new NotFoundError('Objective');
    return { objective, goal };
  }

  /** The intervention of a goal of this plan, with its goal. */
  async interventionOf(plan: CarePlanEntity, interventionId: string): Promise<{ intervention: CarePlanInterventionEntity; goal: CarePlanGoalEntity }> {
    const intervention = await this.interventions.findOneBy({ id: interventionId });
    const goal = intervention && (await this.goals.findOneBy({ id: intervention.goalId, carePlanId: plan.id }));
    if (!intervention || !goal) throw new NotFoundError('Intervention');
    return { intervention, goal };
  }

  recordReads(plans: CarePlanEntity[]): void {
    if (!plans.length) return;
    this.audit.recordRead(...plans.map((plan) => ({ action: AuditAction.READ, entityType: CARE_PLAN, entityId: plan.id, clientId: plan.clientId })));
  }
}
