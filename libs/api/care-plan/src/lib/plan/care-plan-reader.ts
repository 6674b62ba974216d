import { Injectable } from '@nestjs/common';
import { BadInputError } from '@waymark/api/common';
import { CarePlanStatus, type GoalStatus, type LifeDomain } from '@waymark/shared/types';
import { In } from 'typeorm';
import { CarePlanRecords } from './care-plan-records';

/** A goal of the plan in force that progress is recorded against. */
export interface ProgressTarget {
  carePlanId: string;
  clientId: string;
  enrollmentId: string;
  /** The day the plan took effect, 'YYYY-MM-DD': progress is not dated before it. */
  effectiveOn: string;
  goalKey: string;
  objectiveKey: string | null;
}

/** A goal as one version of a plan words it. */
export interface GoalVersion {
  goalKey: string;
  statement: string;
  domain: LifeDomain;
  status: GoalStatus;
  carePlanId: string;
  enrollmentId: string;
  planStatus: CarePlanStatus;
}

/** Care plans as the rest of the care-plan context sees them: plain values, through the client's access rules. */
@Injectable()
export class CarePlanReader {
  constructor(private readonly records: CarePlanRecords) {}

  /**
   * The goal (and objective) of an ACTIVE plan of a client the caller may write to: progress
   * is recorded on the plan in force. Unknown or another agency's plan is NOT_FOUND.
   */
  async progressTarget(carePlanId: string, goalKey: string, objectiveKey: string | null | undefined): Promise<ProgressTarget> {
    const plan = await this.records.require(carePlanId, 'write');
    if (plan.status !== CarePlanStatus.ACTIVE) {
      throw new BadInputError('Progress is recorded on the plan in force.', [{ field: 'carePlanId', message: 'is not the active plan' }]);
    }
    const goal = await this.records.goals.findOneBy({ carePlanId: plan.id, goalKey });
    if (!goal) throw new BadInputError('That goal is not in this plan.', [{ field: 'goalKey', message: 'is not a goal of this plan' }]);
    if (objectiveKey && !(await this.records.objectives.findOneBy({ goalId: goal.id, objectiveKey }))) {
      throw new BadInputError('That objective is not part of this goal.', [{ field: 'objectiveKey', message: 'is not an objective of this goal' }]);
    }
    return { carePlanId: plan.id, clientId: plan.clientId, enrollmentId: plan.enrollmentId, effectiveOn: plan.effectiveOn, goalKey, objectiveKey: objectiveKey ?? null };
  }

  /** Every version of every goal of the client's plans, newest version first (the caller has opened the client). */
  async goalVersions(clientId: string): Promise<GoalVersion[]> {
    const plans = await this.records.plans.find({ where: { clientId }, order: { createdAt: 'DESC', revision: 'DESC' } });
    if (!plans.length) return [];
    const goals = await this.records.goals.find({ where: { carePlanId: In(plans.map((plan) => plan.id)) }, order: { position: 'ASC' } });
    return plans.flatMap((plan) =>
      goals
        .filter((goal) => goal.carePlanId === plan.id)
        .map((goal) => ({
          goalKey: goal.goalKey,
          statement: goal.statement,
          domain: goal.domain,
          status: goal.status,
          carePlanId: plan.id,
          enrollmentId: plan.enrollmentId,
          planStatus: plan.status,
        })),
    );
  }
}
