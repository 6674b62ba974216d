import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, type FieldChanges } from '@waymark/api/audit';
import { changedFields, createdChanges, textByLength } from '@waymark/api/client';
import { BadInputError } from '@waymark/api/common';
import type { TenantEntity, TenantRepository } from '@waymark/api/database';
import { AuditAction, datesBeforeEffective, GOAL_INTERVENTIONS_MAX, GOAL_OBJECTIVES_MAX, GoalStatus, type NamedDate, PLAN_GOALS_MAX } from '@waymark/shared/types';
import { AssessmentReader } from '../assessment/assessment-reader';
import { CarePlanGoalWriter } from './care-plan-goal-writer';
import { CARE_PLAN, CARE_PLAN_GOAL, CARE_PLAN_INTERVENTION, CARE_PLAN_OBJECTIVE, CarePlanRecords } from './care-plan-records';
import { CarePlanModel } from './care-plan.model';
import type { AddCarePlanGoalInput } from './dto/add-care-plan-goal.input';
import type { AddCarePlanInterventionInput } from './dto/add-care-plan-intervention.input';
import type { AddCarePlanObjectiveInput } from './dto/add-care-plan-objective.input';
import type { AddGoalsFromNeedsInput } from './dto/add-goals-from-needs.input';
import type { CarePlanGoalRefInput, CarePlanInterventionRefInput, CarePlanObjectiveRefInput } from './dto/care-plan-part.input';
import type { UpdateCarePlanGoalInput } from './dto/update-care-plan-goal.input';
import type { UpdateCarePlanInterventionInput } from './dto/update-care-plan-intervention.input';
import type { UpdateCarePlanObjectiveInput } from './dto/update-care-plan-objective.input';
import type { CarePlanEntity } from './entities/care-plan.entity';
import type { CarePlanGoalEntity } from './entities/care-plan-goal.entity';
import type { CarePlanInterventionEntity } from './entities/care-plan-intervention.entity';
import type { CarePlanObjectiveEntity } from './entities/care-plan-objective.entity';
import { goalsFromNeeds } from './goal-drafts';

const GOAL_FIELDS = ['statement', 'domain', 'priority', 'targetDate', 'status'] as const satisfies readonly (keyof CarePlanGoalEntity)[];
const OBJECTIVE_FIELDS = ['description', 'measure', 'baseline', 'target', 'targetDate'] as const satisfies readonly (keyof CarePlanObjectiveEntity)[];
const INTERVENTION_FIELDS = ['description', 'responsible', 'responsibleName', 'frequency', 'objectiveId', 'referralId'] as const satisfies readonly (keyof CarePlanInterventionEntity)[];
/** Words written with the client: audited by length (see textByLength). */
const GOAL_TEXT = ['statement'];
const OBJECTIVE_TEXT = ['description', 'measure', 'baseline', 'target'];
const INTERVENTION_TEXT = ['description'];

/**
 * Editing a draft plan's goals, objectives and interventions. Each change names the plan at
 * the version the caller last saw and moves that version on, so the plan as a whole is what
 * two editors contend for; a plan past DRAFT is LOCKED_RECORD and nothing is written.
 */
@Injectable()
export class CarePlanPartsService {
  constructor(
    private readonly records: CarePlanRecords,
    private readonly writer: CarePlanGoalWriter,
    private readonly assessments: AssessmentReader,
    private readonly audit: AuditTrail,
  ) {}

  @Transactional()
  async addGoal({ carePlanId, version, ...fields }: AddCarePlanGoalInput): Promise<CarePlanModel> {
    const plan = await this.records.requireDraft(carePlanId, version);
    this.refuseEarly(plan, [{ field: 'targetDate', date: fields.targetDate }]);
    const position = await this.nextPosition(this.records.goals, { carePlanId: plan.id }, PLAN_GOALS_MAX, 'goals', 'carePlanId');
    const goal = await this.records.goals.save(
      this.records.goals.create({
        carePlanId: plan.id,
        goalKey: randomUUID(),
        position,
        statement: fields.statement,
        domain: fields.domain,
        priority: fields.priority,
        targetDate: fields.targetDate ?? null,
        status: fields.status ?? GoalStatus.IN_PROGRESS,
        sourceAssessmentId: null,
        sourceNeed: null,
      }),
    );
    await this.recordPart(AuditAction.CREATE, CARE_PLAN_GOAL, goal.id, plan, textByLength(createdChanges(goal, ['goalKey', ...GOAL_FIELDS]), GOAL_TEXT));
    return this.bumped(plan, version);
  }

  @Transactional()
  async updateGoal({ carePlanId, version, goalId, ...patch }: UpdateCarePlanGoalInput): Promise<CarePlanModel> {
    const plan = await this.records.requireDraft(carePlanId, version);
    const goal = await this.records.goalOf(plan, goalId);
    this.refuseEarly(plan, [{ field: 'targetDate', date: patch.targetDate }]);
    const changes = await this.patch(this.records.goals, goal, patch, GOAL_FIELDS, 'Goal');
    if (!changes) return CarePlanModel.from(plan);
    await this.recordPart(AuditAction.UPDATE, CARE_PLAN_GOAL, goal.id, plan, textByLength(changes, GOAL_TEXT));
    return this.bumped(plan, version);
  }

  /** Removes a goal of a draft with its objectives and interventions. */
  @Transactional()
  async removeGoal({ carePlanId, version, goalId }: CarePlanGoalRefInput): Promise<CarePlanModel> {
    const plan = await this.records.requireDraft(carePlanId, version);
    const goal = await this.records.goalOf(plan, goalId);
    await this.records.goals.delete({ id: goal.id });
    await this.recordPart(AuditAction.DELETE, CARE_PLAN_GOAL, goal.id, plan, { goalKey: { from: goal.goalKey }, statementLength: { from: goal.statement.length } });
    return this.bumped(plan, version);
  }

  /** Goals for needs a completed assessment of the same client found. */
  @Transactional()
  async addGoalsFromNeeds({ carePlanId, version, assessmentId, needSources, language }: AddGoalsFromNeedsInput): Promise<CarePlanModel> {
    const plan = await this.records.requireDraft(carePlanId, version);
    const assessment = await this.assessments.requireCompleted(assessmentId);
    if (assessment.clientId !== plan.clientId) throw new BadInputError("That assessment is another client's.", [{ field: 'assessmentId', message: "is another client's" }]);
    const needs = CarePlanGoalWriter.chooseNeeds(assessment.needs, needSources, 'needSources');
    const before = await this.writer.append(plan, goalsFromNeeds(assessment.id, needs, language ?? 'en'), 'needSources');
    await this.recordPart(AuditAction.UPDATE, CARE_PLAN, plan.id, plan, { goals: { from: before, to: before + needs.length }, fromAssessmentId: { to: assessment.id } });
    return this.bumped(plan, version);
  }

  @Transactional()
  async addObjective({ carePlanId, version, goalId, ...fields }: AddCarePlanObjectiveInput): Promise<CarePlanModel> {
    const plan = await this.records.requireDraft(carePlanId, version);
    const goal = await this.records.goalOf(plan, goalId);
    this.refuseEarly(plan, [{ field: 'targetDate', date: fields.targetDate }]);
    const position = await this.nextPosition(this.records.objectives, { goalId: goal.id }, GOAL_OBJECTIVES_MAX, 'objectives', 'goalId');
    const objective = await this.records.objectives.save(
      this.records.objectives.create({
        goalId: goal.id,
        objectiveKey: randomUUID(),
        position,
        description: fields.description,
        measure: fields.measure,
        baseline: fields.baseline ?? null,
        target: fields.target,
        targetDate: fields.targetDate ?? null,
      }),
    );
    await this.recordPart(AuditAction.CREATE, CARE_PLAN_OBJECTIVE, objective.id, plan, textByLength(createdChanges(objective, ['goalId', 'objectiveKey', ...OBJECTIVE_FIELDS]), OBJECTIVE_TEXT));
    return this.bumped(plan, version);
  }

  @Transactional()
  async updateObjective({ carePlanId, version, objectiveId, ...patch }: UpdateCarePlanObjectiveInput): Promise<CarePlanModel> {
    const plan = await this.records.requireDraft(carePlanId, version);
    const { objective } = await this.records.objectiveOf(plan, objectiveId);
    this.refuseEarly(plan, [{ field: 'targetDate', date: patch.targetDate }]);
    const changes = await this.patch(this.records.objectives, objective, patch, OBJECTIVE_FIELDS, 'Objective');
    if (!changes) return CarePlanModel.from(plan);
    await this.recordPart(AuditAction.UPDATE, CARE_PLAN_OBJECTIVE, objective.id, plan, textByLength(changes, OBJECTIVE_TEXT));
    return this.bumped(plan, version);
  }

  /** Removes an objective; interventions that served it stay, serving the goal as a whole. */
  @Transactional()
  async removeObjective({ carePlanId, version, objectiveId }: CarePlanObjectiveRefInput): Promise<CarePlanModel> {
    const plan = await this.records.requireDraft(carePlanId, version);
    const { objective } = await this.records.objectiveOf(plan, objectiveId);
    await this.records.interventions.update({ objectiveId: objective.id }, { objectiveId: null });
    await this.records.objectives.delete({ id: objective.id });
    await this.recordPart(AuditAction.DELETE, CARE_PLAN_OBJECTIVE, objective.id, plan, { objectiveKey: { from: objective.objectiveKey }, descriptionLength: { from: objective.description.length } });
    return this.bumped(plan, version);
  }

  @Transactional()
  async addIntervention({ carePlanId, version, goalId, ...fields }: AddCarePlanInterventionInput): Promise<CarePlanModel> {
    const plan = await this.records.requireDraft(carePlanId, version);
    const goal = await this.records.goalOf(plan, goalId);
    refuseReferral(fields.referralId);
    await this.refuseForeignObjective(goal, fields.objectiveId);
    const position = await this.nextPosition(this.records.interventions, { goalId: goal.id }, GOAL_INTERVENTIONS_MAX, 'interventions', 'goalId');
    const intervention = await this.records.interventions.save(
      this.records.interventions.create({
        goalId: goal.id,
        objectiveId: fields.objectiveId ?? null,
        position,
        description: fields.description,
        responsible: fields.responsible,
        responsibleName: fields.responsibleName ?? null,
        frequency: fields.frequency ?? null,
        referralId: fields.referralId ?? null,
      }),
    );
    await this.recordPart(AuditAction.CREATE, CARE_PLAN_INTERVENTION, intervention.id, plan, textByLength(createdChanges(intervention, ['goalId', ...INTERVENTION_FIELDS]), INTERVENTION_TEXT));
    return this.bumped(plan, version);
  }

  @Transactional()
  async updateIntervention({ carePlanId, version, interventionId, ...patch }: UpdateCarePlanInterventionInput): Promise<CarePlanModel> {
    const plan = await this.records.requireDraft(carePlanId, version);
    const { intervention, goal } = await this.records.interventionOf(plan, interventionId);
    refuseReferral(patch.referralId);
    await this.refuseForeignObjective(goal, patch.objectiveId);
    const changes = await this.patch(this.records.interventions, intervention, patch, INTERVENTION_FIELDS, 'Intervention');
    if (!changes) return CarePlanModel.from(plan);
    await this.recordPart(AuditAction.UPDATE, CARE_PLAN_INTERVENTION, intervention.id, plan, textByLength(changes, INTERVENTION_TEXT));
    return this.bumped(plan, version);
  }

  @Transactional()
  async removeIntervention({ carePlanId, version, interventionId }: CarePlanInterventionRefInput): Promise<CarePlanModel> {
    const plan = await this.records.requireDraft(carePlanId, version);
    const { intervention } = await this.records.interventionOf(plan, interventionId);
    await this.records.interventions.delete({ id: intervention.id });
    await this.recordPart(AuditAction.DELETE, CARE_PLAN_INTERVENTION, intervention.id, plan, { descriptionLength: { from: intervention.description.length } });
    return this.bumped(plan, version);
  }

  /** A target date before the plan takes effect, named by its field. */
  private refuseEarly(plan: CarePlanEntity, dates: NamedDate[]): void {
    const problems = datesBeforeEffective(plan.effectiveOn, dates);
    if (problems.length) throw new BadInputError(`A target date cannot be before the plan takes effect (${plan.effectiveOn}).`, problems);
  }

  private async refuseForeignObjective(goal: CarePlanGoalEntity, objectiveId: string | null | undefined): Promise<void> {
    if (!objectiveId) return;
    if (await this.records.objectives.findOneBy({ id: objectiveId, goalId: goal.id })) return;
    throw new BadInputError('An intervention serves an objective of its own goal.', [{ field: 'objectiveId', message: 'is not an objective of this goal' }]);
  }

  /** The position after the last sibling, refusing one past the cap. */
  private async nextPosition<T extends TenantEntity & { position: number }>(
    repository: TenantRepository<T>,
    where: Partial<T>,
    max: number,
    what: string,
    field: string,
  ): Promise<number> {
    const siblings = await repository.find({ where: where as never, order: { position: 'DESC' } as never });
    if (siblings.length >= max) throw new BadInputError(`At most ${max} ${what} here.`, [{ field, message: `has ${max} ${what} already` }]);
    return (siblings[0]?.position ?? 0) + 1;
  }

  /** Writes the fields that differ; null when nothing did. The part's own version only guards the row: the plan's version is the caller's. */
  private async patch<T extends TenantEntity>(repository: TenantRepository<T>, row: T, patch: Partial<T>, fields: readonly (keyof T & string)[], label: string): Promise<FieldChanges | null> {
    const { changed, changes } = changedFields(row, patch, fields);
    if (!Object.keys(changes).length) return null;
    await repository.updateVersioned(row.id, row.version, changed as never, label);
    return changes;
  }

  private async bumped(plan: CarePlanEntity, version: number): Promise<CarePlanModel> {
    return CarePlanModel.from(await this.records.bump(plan, version));
  }

  private recordPart(action: AuditAction, entityType: string, entityId: string, plan: CarePlanEntity, changes: FieldChanges): Promise<void> {
    return this.audit.record({ action, entityType, entityId, clientId: plan.clientId, changes: { ...changes, carePlanId: { to: plan.id } } });
  }
}

/**
 * A referral is named by its id once the referral context exists to check it against; until
 * then an id could point anywhere, so none is stored. An intervention another agency carries
 * out is still `responsible: REFERRAL`, with the agency in `responsibleName`.
 */
function refuseReferral(referralId: string | null | undefined): void {
  if (referralId) throw new BadInputError('Referrals are not available yet.', [{ field: 'referralId', message: 'referrals are not available yet' }]);
}
