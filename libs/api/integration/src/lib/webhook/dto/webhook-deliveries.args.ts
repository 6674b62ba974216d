import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { FilterPageArgs } from '@waymark/api/common';
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES, WebhookDeliveryStatus, WebhookEventType } from '@waymark/shared/types';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

@InputType('WebhookDeliveryFilter', { description: 'Which deliveries of the log: any of subscription, status and event type' })
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'subscriptionId must be a subscription id' })
  subscriptionId?: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  @IsOptional()
  @IsIn(WEBHOOK_DELIVERY_STATUSES)
  status?: WebhookDeliveryStatus;

  @Field(() => WebhookEventType, { nullable: true })
  @IsOptional()
  @IsIn(WEBHOOK_EVENT_TYPES)
  eventType?: WebhookEventType;
}

/** The delivery log, newest first (its one order), narrowed by `filter` (the flat arguments are deprecated). */
@ArgsType()
export class WebhookDeliveriesArgs extends FilterPageArgs(WebhookDeliveryFilter) {}

@InputType()
export class ReplayWebhookDeliveryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'deliveryId must be a delivery id' })
  deliveryId: string;
}
