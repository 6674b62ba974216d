import { TenantEntity } from '@waymark/api/database';
import { Column, Entity } from 'typeorm';

/** A measurable step toward a goal; its objective_key stays the same in every later version. */
@Entity('care_plan_objective')
export class CarePlanObjectiveEntity extends TenantEntity {
  @Column({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @Column({ name: 'objective_key', type: 'uuid' })
  objectiveKey: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  description: string;

  /** How progress is measured, e.g. "nights housed per month". */
  @Column({ type: 'text' })
  measure: string;

  @Column({ type: 'text', nullable: true })
  baseline: string | null;

  @Column({ type: 'text' })
  target: string;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate: string | null;
}
