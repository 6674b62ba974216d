import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDeliveryLogService } from './webhook-delivery-log.service';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookListeners } from './webhook-listeners';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookResolver } from './webhook.resolver';
import { WebhookRetention } from './webhook-retention';
import { WebhookSecretCipher } from './webhook-secret-cipher';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';
import { WebhookSubscriptionService } from './webhook-subscription.service';

/** Webhooks: subscriptions, the outbox the domain events fill, signed delivery with retries, the delivery log and its retention. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookSubscriptionEntity, WebhookDeliveryEntity]), AuditModule],
  providers: [WebhookSecretCipher, WebhookSubscriptionService, WebhookDeliveryLogService, WebhookOutbox, WebhookListeners, WebhookDispatcher, WebhookRetention, WebhookResolver],
  exports: [WebhookDispatcher, WebhookRetention],
})
export class WebhookModule {}
