import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Progress on a goal (or one of its objectives), by goal key so it follows the goal across plan versions. Appended, never edited. */
@Entity('progress_entry')
export class ProgressEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @Column({ name: 'goal_key', type: 'uuid' })
  goalKey: string;

  @Column({ name: 'objective_key', type: 'uuid', nullable: true })
  objectiveKey: string | null;

  /** 1 lost ground … 5 achieved (see progress-rating). */
  @Column({ type: 'smallint' })
  rating: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  /** The case note the progress was seen in, when there is one. */
  @Column({ name: 'case_note_id', type: 'uuid', nullable: true })
  caseNoteId: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
