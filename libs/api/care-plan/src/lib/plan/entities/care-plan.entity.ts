import { TenantEntity } from '@waymark/api/database';
import type { AcknowledgementMethod, CarePlanStatus } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/**
 * One version (revision) of an enrollment's care plan. Only a DRAFT changes in place; an
 * ACTIVE plan is revised into a new DRAFT revision that supersedes it once approved.
 */
@Entity('care_plan')
export class CarePlanEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'previous_id', type: 'uuid', nullable: true })
  previousId: string | null;

  @Column({ type: 'text' })
  status: CarePlanStatus;

  /** Calendar dates, 'YYYY-MM-DD'. */
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ name: 'review_due_on', type: 'date', nullable: true })
  reviewDueOn: string | null;

  @Column({ name: 'client_vision', type: 'text', nullable: true })
  clientVision: string | null;

  @Column({ type: 'text', nullable: true })
  strengths: string | null;

  @Column({ name: 'source_assessment_id', type: 'uuid', nullable: true })
  sourceAssessmentId: string | null;

  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Who submitted it for approval last: they may not approve it either. */
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'return_note', type: 'text', nullable: true })
  returnNote: string | null;

  @Column({ name: 'acknowledged_on', type: 'date', nullable: true })
  acknowledgedOn: string | null;

  @Column({ name: 'acknowledgement_method', type: 'text', nullable: true })
  acknowledgementMethod: AcknowledgementMethod | null;

  /** Who acknowledged: the client, or their guardian or representative, by name. */
  @Column({ name: 'acknowledged_by', type: 'text', nullable: true })
  acknowledgedBy: string | null;

  @Column({ name: 'acknowledgement_note', type: 'text', nullable: true })
  acknowledgementNote: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;
}
