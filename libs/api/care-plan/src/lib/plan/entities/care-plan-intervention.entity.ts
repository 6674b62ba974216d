import { TenantEntity } from '@waymark/api/database';
import type { InterventionResponsible } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** What is done toward a goal (or one of its objectives), by whom and how often. */
@Entity('care_plan_intervention')
export class CarePlanInterventionEntity extends TenantEntity {
  @Column({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @Column({ name: 'objective_id', type: 'uuid', nullable: true })
  objectiveId: string | null;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  responsible: InterventionResponsible;

  /** The person or provider, when `responsible` alone does not say who. */
  @Column({ name: 'responsible_name', type: 'text', nullable: true })
  responsibleName: string | null;

  @Column({ type: 'text', nullable: true })
  frequency: string | null;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId: string | null;
}
