import { TenantEntity } from '@waymark/api/database';
import type { PlanTemplateGoal } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** Typical goals and interventions a program offers to start a plan from (no program: any plan). */
@Entity('plan_template')
export class PlanTemplateEntity extends TenantEntity {
  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'jsonb' })
  goals: PlanTemplateGoal[];

  @Column({ type: 'boolean' })
  active: boolean;
}
