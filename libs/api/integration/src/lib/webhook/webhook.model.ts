import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { WebhookDeliveryStatus, WebhookEventType } from '@waymark/shared/types';
import type { WebhookPauseReason, WebhookSubscriptionEntity } from './webhook-subscription.entity';

registerEnumType(WebhookEventType, { name: 'WebhookEventType', description: 'An event a webhook subscription may receive; the wire name is the value, e.g. referral.status_changed' });
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType('WebhookSubscription')
export class WebhookSubscriptionModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Where deliveries are POSTed' })
  url: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [WebhookEventType])
  events: WebhookEventType[];

  @Field({ description: 'False while paused: no new deliveries are made and pending ones wait' })
  active: boolean;

  @Field(() => String, { nullable: true, description: 'BY_ADMIN, or FAILING when its receiver kept failing and it was paused automatically' })
  pausedReason: WebhookPauseReason | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  static from(row: WebhookSubscriptionEntity): WebhookSubscriptionModel {
    return {
      id: row.id,
      url: row.url,
      description: row.description,
      events: row.eventTypes,
      active: row.active,
      pausedReason: row.pausedReason,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      version: row.version,
    };
  }
}

@ObjectType()
export class WebhookSubscriptionConnection extends Connection(WebhookSubscriptionModel, 'WebhookSubscription') {
  @Field(() => Int)
  totalCount: number;
}

@ObjectType({ description: 'A subscription with its signing secret, shown this once (at creation and at each rotation)' })
export class WebhookSecretPayload {
  @Field(() => WebhookSubscriptionModel)
  subscription: WebhookSubscriptionModel;

  @Field({ description: 'Verify deliveries with it; it is never shown again' })
  secret: string;
}

@ObjectType('WebhookAttempt', { description: "One try at a delivery: the receiver's answer in short, never its whole body" })
export class WebhookAttemptModel {
  @Field(() => GraphQLISODateTime)
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status; null when no answer came (timeout, refused connection)' })
  statusCode: number | null;

  @Field(() => Int)
  durationMs: number;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'The start of the answer, at most 200 characters' })
  responseExcerpt: string | null;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  subscriptionId: string;

  @Field(() => ID, { description: 'The Waymark-Event-Id header; a replay sends the same one' })
  eventId: string;

  @Field(() => WebhookEventType)
  eventType: WebhookEventType;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  attemptCount: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next attempt is due while PENDING' })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => ID, { nullable: true, description: 'The delivery this one replays' })
  replayOf: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: 'The JSON body as sent: ids and statuses only' })
  body: string;

  @Field(() => [WebhookAttemptModel], { description: 'Oldest first' })
  attempts: WebhookAttemptModel[];
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDeliveryModel, 'WebhookDelivery') {}
