import type { ResourceListChannel, ResourceListDeliveryStatus } from '@waymark/shared/types';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One attempt to hand a list over: printed, or a message to the client's e-mail or phone. Appended, never changed. */
@Entity('resource_list_delivery')
export class ResourceListDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'resource_list_id', type: 'uuid' })
  resourceListId: string;

  @Column({ type: 'text' })
  channel: ResourceListChannel;

  /** The e-mail address or phone number it went to; null when printed. */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text' })
  status: ResourceListDeliveryStatus;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** Who carried the message (log, smtp, sms-webhook); null when printed. */
  @Column({ type: 'text', nullable: true })
  provider: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ name: 'delivered_by', type: 'uuid', nullable: true })
  deliveredBy: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
