import { TenantEntity } from '@waymark/api/database';
import { Column, Entity } from 'typeorm';

/** How an enrollment is meant to end: when, why, and what carries on after it. One per enrollment. */
@Entity('discharge_plan')
export class DischargePlanEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @Column({ name: 'planned_on', type: 'date' })
  plannedOn: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', nullable: true })
  aftercare: string | null;

  @Column({ name: 'continuing_services', type: 'text', nullable: true })
  continuingServices: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;
}
