import { Injectable } from '@nestjs/common';
import type { CarePlanStatus, GoalPriority, GoalStatus, LifeDomain } from '@waymark/shared/types';
import { In } from 'typeorm';
import { CarePlanRecords } from './care-plan-records';
import type { CarePlanEntity } from './entities/care-plan.entity';

/** A goal of one plan version, as an export (a FHIR Goal) shows it. */
export interface PlanGoalFact {
  id: string;
  carePlanId: string;
  goalKey: string;
  statement: string;
  domain: LifeDomain;
  priority: GoalPriority;
  targetDate: string | null;
  status: GoalStatus;
  updatedAt: Date;
  version: number;
}

/** One version of a client's care plan with its goals in order. */
export interface PlanFact {
  id: string;
  clientId: string;
  enrollmentId: string;
  revision: number;
  previousId: string | null;
  status: CarePlanStatus;
  effectiveOn: string;
  reviewDueOn: string | null;
  clientVision: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  goals: PlanGoalFact[];
}

/**
 * Care plans with their goals as plain facts, for the integration views above (FHIR): plans
 * in one query and their goals in another, however many. No access check: the caller opens
 * the plan's client first (a plan or goal names its client) and audits what it serves.
 */
@Injectable()
export class PlanGoalFacts {
  constructor(private readonly records: CarePlanRecords) {}

  /** Every version of the client's plans, newest first. */
  async forClient(clientId: string): Promise<PlanFact[]> {
    return this.withGoals(await this.records.plans.find({ where: { clientId }, order: { createdAt: 'DESC', revision: 'DESC' } }));
  }

  /** The agency's plan of this id, or null. */
  async plan(id: string): Promise<PlanFact | null> {
    const [plan] = await this.withGoals(await this.records.plans.find({ where: { id } }));
    return plan ?? null;
  }

  /** The agency's plan that holds the goal of this id, or null. */
  async planOfGoal(goalId: string): Promise<PlanFact | null> {
    const goal = await this.records.goals.findOneBy({ id: goalId });
    return goal ? this.plan(goal.carePlanId) : null;
  }

  private async withGoals(plans: CarePlanEntity[]): Promise<PlanFact[]> {
    if (!plans.length) return [];
    const goals = await this.records.goals.find({ where: { carePlanId: In(plans.map((plan) => plan.id)) }, order: { position: 'ASC' } });
    return plans.map((plan) => ({
      id: plan.id,
      clientId: plan.clientId,
      enrollmentId: plan.enrollmentId,
      revision: plan.revision,
      previousId: plan.previousId,
      status: plan.status,
      effectiveOn: plan.effectiveOn,
      reviewDueOn: plan.reviewDueOn,
      clientVision: plan.clientVision,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
      version: plan.version,
      goals: goals
        .filter((goal) => goal.carePlanId === plan.id)
        .map((goal) => ({
          id: goal.id,
          carePlanId: goal.carePlanId,
          goalKey: goal.goalKey,
          statement: goal.statement,
          domain: goal.domain,
          priority: goal.priority,
          targetDate: goal.targetDate,
          status: goal.status,
          updatedAt: goal.updatedAt,
          version: goal.version,
        })),
    }));
  }
}
