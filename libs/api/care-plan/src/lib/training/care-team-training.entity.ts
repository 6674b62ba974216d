import { TenantEntity } from '@waymark/api/database';
import type { TrainingTopic } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** The entity type the audit trail and the timeline record trainings under. */
export const CARE_TEAM_TRAINING = 'CareTeamTraining';

/** A session training the people around a client on one of the client's needs. Voided, never deleted. */
@Entity('care_team_training')
export class CareTeamTrainingEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  topic: TrainingTopic;

  /** What was covered. */
  @Column({ type: 'text' })
  description: string;

  /** A calendar date, 'YYYY-MM-DD'. */
  @Column({ name: 'trained_on', type: 'date' })
  trainedOn: string;

  /** A worker of the agency who trained; or else `trainerName`, an outside trainer. */
  @Column({ name: 'trainer_id', type: 'uuid', nullable: true })
  trainerId: string | null;

  @Column({ name: 'trainer_name', type: 'text', nullable: true })
  trainerName: string | null;

  /** The interval the recorder gave, if any (the topic's default applies otherwise). */
  @Column({ name: 'refresh_months', type: 'int', nullable: true })
  refreshMonths: number | null;

  /** When every trainee must be refreshed, 'YYYY-MM-DD'; null when never. */
  @Column({ name: 'refresh_due_on', type: 'date', nullable: true })
  refreshDueOn: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'voided_by', type: 'uuid', nullable: true })
  voidedBy: string | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: string | null;
}
