import { TenantEntity } from '@waymark/api/database';
import { Column, Entity } from 'typeorm';

/** The person-directed plan received for an enrollment; its arrival starts the implementation-plan deadline. */
@Entity('person_directed_plan')
export class PersonDirectedPlanEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  /** A calendar date, 'YYYY-MM-DD'. */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;
}
