import type { TimelineKind } from '@waymark/shared/types';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { ClientHistoryRow } from '../shared/tenant-row.entity';

/** One line of a client's story, pointing at the record it came from. */
@Entity('client_timeline_entry')
export class TimelineEntryEntity extends ClientHistoryRow {
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  kind: TimelineKind;

  @Column({ name: 'source_type' })
  sourceType: string;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  /** A short line without sensitive detail; the source record holds the rest. */
  @Column()
  summary: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
