import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantRow } from '../shared/tenant-row.entity';

/** A correction appended to a signed note. Never edited, never removed. */
@Entity('case_note_addendum')
export class CaseNoteAddendumEntity extends TenantRow {
  @Column({ name: 'note_id', type: 'uuid' })
  noteId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
