import { Injectable } from '@nestjs/common';
import { ClientGate } from '@waymark/api/client';
import { BadInputError } from '@waymark/api/common';
import { CarePlanStatus, compareCarePlans, type ComparableGoal, type ComparablePlan } from '@waymark/shared/types';
import { In } from 'typeorm';
import { CarePlanComparisonModel } from './care-plan-comparison.model';
import { CarePlanRecords } from './care-plan-records';
import { CarePlanModel } from './care-plan.model';
import type { CarePlanEntity } from './entities/care-plan.entity';

/** Reading care plans; every plan shown is an audited read of its client's record. */
@Injectable()
export class CarePlanQueryService {
  constructor(
    private readonly records: CarePlanRecords,
    private readonly gate: ClientGate,
  ) {}

  async one(id: string): Promise<CarePlanModel> {
    const plan = await this.records.require(id, 'read', 'id');
    this.records.recordReads([plan]);
    return CarePlanModel.from(plan);
  }

  /** Every version of every plan of the client, newest first. */
  async forClient(clientId: string): Promise<CarePlanModel[]> {
    await this.gate.require(clientId, 'read');
    const plans = await this.records.plans.find({ where: { clientId }, order: { createdAt: 'DESC', revision: 'DESC' } });
    this.records.recordReads(plans);
    return plans.map(CarePlanModel.from);
  }

  /** The approval queue: the longest waiting first. Supervisors and admins open any client. */
  async awaitingApproval(): Promise<CarePlanModel[]> {
    const plans = await this.records.plans.find({ where: { status: CarePlanStatus.PENDING_APPROVAL }, order: { submittedAt: 'ASC', id: 'ASC' } });
    this.records.recordReads(plans);
    return plans.map(CarePlanModel.from);
  }

  /** What changed between two versions of the same client's plans. */
  async compare(fromId: string, toId: string): Promise<CarePlanComparisonModel> {
    const from = await this.records.require(fromId, 'read', 'fromId');
    const to = await this.records.require(toId, 'read', 'toId');
    if (from.clientId !== to.clientId) throw new BadInputError("Compare two versions of the same client's plan.", [{ field: 'toId', message: "is another client's plan" }]);
    this.records.recordReads(from.id === to.id ? [from] : [from, to]);
    const [before, after] = await this.comparable([from, to]);
    return Object.assign(new CarePlanComparisonModel(), { from: CarePlanModel.from(from), to: CarePlanModel.from(to), ...compareCarePlans(before, after) });
  }

  /** The plans with their goals, objectives (by key) and interventions, in four queries. */
  private async comparable(plans: CarePlanEntity[]): Promise<ComparablePlan[]> {
    const goals = await this.records.goals.find({ where: { carePlanId: In(plans.map((p) => p.id)) }, order: { position: 'ASC' } });
    const goalIds = goals.map((goal) => goal.id);
    const objectives = goalIds.length ? await this.records.objectives.find({ where: { goalId: In(goalIds) }, order: { position: 'ASC' } }) : [];
    const interventions = goalIds.length ? await this.records.interventions.find({ where: { goalId: In(goalIds) }, order: { position: 'ASC' } }) : [];
    const objectiveKeys = new Map(objectives.map((objective) => [objective.id, objective.objectiveKey]));
    return plans.map((plan) => ({
      effectiveOn: plan.effectiveOn,
      reviewDueOn: plan.reviewDueOn,
      clientVision: plan.clientVision,
      strengths: plan.strengths,
      goals: goals
        .filter((goal) => goal.carePlanId === plan.id)
        .map(
          (goal): ComparableGoal => ({
            goalKey: goal.goalKey,
            statement: goal.statement,
            domain: goal.domain,
            priority: goal.priority,
            targetDate: goal.targetDate,
            status: goal.status,
            objectives: objectives.filter((objective) => objective.goalId === goal.id),
            interventions: interventions
              .filter((intervention) => intervention.goalId === goal.id)
              .map((intervention) => ({ ...intervention, objectiveKey: intervention.objectiveId ? (objectiveKeys.get(intervention.objectiveId) ?? null) : null })),
          }),
        ),
    }));
  }
}
