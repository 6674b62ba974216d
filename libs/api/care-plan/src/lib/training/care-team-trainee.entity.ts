import { TenantEntity } from '@waymark/api/database';
import type { TraineeRole } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** One person trained in a session; removed (with why) rather than deleted. Their refresher hangs from this row. */
@Entity('care_team_trainee')
export class CareTeamTraineeEntity extends TenantEntity {
  @Column({ name: 'training_id', type: 'uuid' })
  trainingId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  /** Its place in the list as recorded (rows of one transaction share their created_at). */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: TraineeRole;

  /** The person in the client's network, when they are one. */
  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId: string | null;

  /** Who this is across records (see traineeKey). */
  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy: string | null;

  @Column({ name: 'removal_reason', type: 'text', nullable: true })
  removalReason: string | null;
}
