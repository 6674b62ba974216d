import { Column, Entity } from 'typeorm';
import { TenantRow } from '../../shared/tenant-row.entity';

/** One stretch of a case manager holding an enrollment; the open row is the current one. */
@Entity('case_assignment')
export class CaseAssignmentEntity extends TenantRow {
  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @Column({ name: 'case_manager_id', type: 'uuid' })
  caseManagerId: string;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
