import { TenantEntity } from '@waymark/api/database';
import type { Answers, AssessmentStatus, FoundNeed, RuleScore } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A client's answers to one instrument revision: a draft while IN_PROGRESS, locked once COMPLETED. */
@Entity('assessment')
export class AssessmentEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'enrollment_id', type: 'uuid', nullable: true })
  enrollmentId: string | null;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @Column({ type: 'text' })
  status: AssessmentStatus;

  @Column({ type: 'jsonb' })
  answers: Answers;

  /** Scores and needs as they stood at completion; a draft's are worked out as it is read. */
  @Column({ type: 'jsonb', nullable: true })
  scores: RuleScore[] | null;

  @Column({ type: 'jsonb', nullable: true })
  needs: FoundNeed[] | null;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy: string | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Calendar dates, kept as 'YYYY-MM-DD'. */
  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ name: 'next_due_on', type: 'date', nullable: true })
  nextDueOn: string | null;

  @Column({ name: 'corrects_id', type: 'uuid', nullable: true })
  correctsId: string | null;

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;
}
