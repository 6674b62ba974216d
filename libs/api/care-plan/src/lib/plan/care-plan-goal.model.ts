import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { GoalPriority, GoalStatus, InterventionResponsible, LifeDomain } from '@waymark/shared/types';
import { LifeDomain as LifeDomainEnum } from '../shared/life-domain.enum';
import { GoalPriority as GoalPriorityEnum, GoalStatus as GoalStatusEnum, InterventionResponsible as ResponsibleEnum } from './care-plan-enums';
import type { CarePlanGoalEntity } from './entities/care-plan-goal.entity';
import type { CarePlanInterventionEntity } from './entities/care-plan-intervention.entity';
import type { CarePlanObjectiveEntity } from './entities/care-plan-objective.entity';

@ObjectType('CarePlanObjective')
export class CarePlanObjectiveModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The same in every version of the plan' })
  objectiveKey: string;

  @Field(() => Int)
  position: number;

  @Field()
  description: string;

  @Field({ description: 'How progress is measured' })
  measure: string;

  @Field(() => String, { nullable: true })
  baseline: string | null;

  @Field()
  target: string;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  targetDate: string | null;

  goalId: string;

  static from(row: CarePlanObjectiveEntity): CarePlanObjectiveModel {
    return Object.assign(new CarePlanObjectiveModel(), {
      id: row.id,
      objectiveKey: row.objectiveKey,
      position: row.position,
      description: row.description,
      measure: row.measure,
      baseline: row.baseline,
      target: row.target,
      targetDate: row.targetDate,
      goalId: row.goalId,
    });
  }
}

@ObjectType('CarePlanIntervention')
export class CarePlanInterventionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => ID, { nullable: true, description: 'The objective it serves; null when it serves the goal as a whole' })
  objectiveId: string | null;

  @Field()
  description: string;

  @Field(() => ResponsibleEnum)
  responsible: InterventionResponsible;

  @Field(() => String, { nullable: true, description: 'The person or provider, when the kind alone does not say who' })
  responsibleName: string | null;

  @Field(() => String, { nullable: true, description: 'How often, e.g. "weekly"' })
  frequency: string | null;

  @Field(() => ID, { nullable: true })
  referralId: string | null;

  goalId: string;

  static from(row: CarePlanInterventionEntity): CarePlanInterventionModel {
    return Object.assign(new CarePlanInterventionModel(), {
      id: row.id,
      position: row.position,
      objectiveId: row.objectiveId,
      description: row.description,
      responsible: row.responsible,
      responsibleName: row.responsibleName,
      frequency: row.frequency,
      referralId: row.referralId,
      goalId: row.goalId,
    });
  }
}

/** A goal of one plan version; objectives, interventions and progress are resolved in batches. */
@ObjectType('CarePlanGoal')
export class CarePlanGoalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The same in every version of the plan: progress and comparison follow it' })
  goalKey: string;

  @Field(() => Int)
  position: number;

  @Field({ description: "In the client's own words" })
  statement: string;

  @Field(() => LifeDomainEnum)
  domain: LifeDomain;

  @Field(() => GoalPriorityEnum)
  priority: GoalPriority;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  targetDate: string | null;

  @Field(() => GoalStatusEnum)
  status: GoalStatus;

  @Field(() => ID, { nullable: true })
  sourceAssessmentId: string | null;

  @Field(() => String, { nullable: true, description: "The assessment need it answers (the need's source)" })
  sourceNeed: string | null;

  @Field(() => [CarePlanObjectiveModel])
  objectives?: CarePlanObjectiveModel[];

  @Field(() => [CarePlanInterventionModel])
  interventions?: CarePlanInterventionModel[];

  carePlanId: string;

  /** For the progress resolver: progress belongs to the client's enrollment, across versions. */
  clientId: string;

  static from(row: CarePlanGoalEntity, clientId: string): CarePlanGoalModel {
    return Object.assign(new CarePlanGoalModel(), {
      id: row.id,
      goalKey: row.goalKey,
      position: row.position,
      statement: row.statement,
      domain: row.domain,
      priority: row.priority,
      targetDate: row.targetDate,
      status: row.status,
      sourceAssessmentId: row.sourceAssessmentId,
      sourceNeed: row.sourceNeed,
      carePlanId: row.carePlanId,
      clientId,
    });
  }
}
