import { TenantEntity } from '@waymark/api/database';
import type { WebhookDeliveryStatus, WebhookEventType } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** One event on its way to one subscription, with its retry schedule. */
@Entity('webhook_delivery')
export class WebhookDeliveryEntity extends TenantEntity {
  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: WebhookEventType;

  @Column({ type: 'text' })
  status: WebhookDeliveryStatus;

  @Column({ name: 'attempt_count', type: 'integer' })
  attemptCount: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** Set while an instance is sending it, so no other picks it up meanwhile. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'replay_of', type: 'uuid', nullable: true })
  replayOf: string | null;
}
