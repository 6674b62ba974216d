import { TenantEntity } from '@waymark/api/database';
import type { NoteStatus, NoteType } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A documented contact with or about a client. Signing locks it; addenda correct it after. */
@Entity('case_note')
export class CaseNoteEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'enrollment_id', type: 'uuid', nullable: true })
  enrollmentId: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'note_type', type: 'text' })
  noteType: NoteType;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'text', nullable: true })
  participants: string | null;

  @Column({ type: 'text' })
  narrative: string;

  @Column({ type: 'text' })
  status: NoteStatus;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ name: 'late_entry' })
  lateEntry: boolean;
}
