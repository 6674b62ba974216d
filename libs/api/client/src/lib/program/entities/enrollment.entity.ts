import { TenantEntity } from '@waymark/api/database';
import type { EnrollmentStatus } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A client's episode in one program, from its open date to its close date. */
@Entity('enrollment')
export class EnrollmentEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ type: 'text' })
  status: EnrollmentStatus;

  /** Calendar dates, kept as 'YYYY-MM-DD'. */
  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'open_reason', type: 'text', nullable: true })
  openReason: string | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  /** The current one; case_assignment keeps who held the case before. */
  @Column({ name: 'primary_case_manager_id', type: 'uuid', nullable: true })
  primaryCaseManagerId: string | null;
}
