import { TenantEntity } from '@waymark/api/database';
import type { GoalPriority, GoalStatus, LifeDomain } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A goal of one plan version; its goal_key stays the same in every later version. */
@Entity('care_plan_goal')
export class CarePlanGoalEntity extends TenantEntity {
  @Column({ name: 'care_plan_id', type: 'uuid' })
  carePlanId: string;

  @Column({ name: 'goal_key', type: 'uuid' })
  goalKey: string;

  @Column({ type: 'int' })
  position: number;

  /** In the client's own words. */
  @Column({ type: 'text' })
  statement: string;

  @Column({ type: 'text' })
  domain: LifeDomain;

  @Column({ type: 'text' })
  priority: GoalPriority;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ type: 'text' })
  status: GoalStatus;

  @Column({ name: 'source_assessment_id', type: 'uuid', nullable: true })
  sourceAssessmentId: string | null;

  /** The assessment need the goal answers (its `source`: a question or scoring key). */
  @Column({ name: 'source_need', type: 'text', nullable: true })
  sourceNeed: string | null;
}
