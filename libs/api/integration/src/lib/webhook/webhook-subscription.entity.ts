import { TenantEntity } from '@waymark/api/database';
import type { WebhookEventType } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** Why a subscription is paused: an admin paused it, or its receiver kept failing. */
export type WebhookPauseReason = 'BY_ADMIN' | 'FAILING';

@Entity('webhook_subscription')
export class WebhookSubscriptionEntity extends TenantEntity {
  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes: WebhookEventType[];

  @Column()
  active: boolean;

  @Column({ name: 'paused_reason', type: 'text', nullable: true })
  pausedReason: WebhookPauseReason | null;

  /** The signing secret sealed by WebhookSecretCipher; never leaves the API after it is shown once. */
  @Column({ name: 'secret_sealed', type: 'text' })
  secretSealed: string;

  @Column({ name: 'failures_in_row', type: 'integer' })
  failuresInRow: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
