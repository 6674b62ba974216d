import type { ClientStatus } from '@waymark/shared/types';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One move of a client's status, kept as its history. */
@Entity('client_status_change')
export class ClientStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

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
