import type { ClientStatus } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';
import { ClientHistoryRow } from '../shared/tenant-row.entity';

/** One move of a client's status, kept as its history. */
@Entity('client_status_change')
export class ClientStatusChangeEntity extends ClientHistoryRow {
  /** Null for the status a client was taken in with. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: ClientStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ClientStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
