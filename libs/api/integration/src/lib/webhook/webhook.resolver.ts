import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Idempotent, PageArgs, PersonOnly } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { ReplayWebhookDeliveryInput, WebhookDeliveriesArgs } from './dto/webhook-deliveries.args';
import { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookSubscriptionVersionInput } from './dto/webhook-subscription.input';
import { WebhookDeliveryLogService } from './webhook-delivery-log.service';
import { WebhookSubscriptionService } from './webhook-subscription.service';
import { WebhookDeliveryConnection, WebhookDeliveryModel, WebhookSecretPayload, WebhookSubscriptionConnection, WebhookSubscriptionModel } from './webhook.model';

/**
 * Agency admins manage webhooks: subscriptions, their secrets, and the delivery log. People
 * only, never an API client: a subscription hands out a signing secret and sends the agency's
 * events to a URL of the caller's choosing.
 */
@Resolver()
@PersonOnly()
export class WebhookResolver {
  constructor(
    private readonly subscriptions: WebhookSubscriptionService,
    private readonly log: WebhookDeliveryLogService,
  ) {}

  @Query(() => WebhookSubscriptionConnection, { description: "The agency's webhook subscriptions, oldest first" })
  @Allow(Role.ADMIN)
  webhookSubscriptions(@Args() args: PageArgs) {
    return this.subscriptions.list(args);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'The webhook delivery log, newest first, with each attempt' })
  @Allow(Role.ADMIN)
  webhookDeliveries(@Args() args: WebhookDeliveriesArgs) {
    return this.log.list(args.withCriteria());
  }

  @Mutation(() => WebhookSecretPayload, { description: 'Subscribe a URL to events; the signing secret is in the answer, shown this once' })
  @Allow(Role.ADMIN)
  createWebhookSubscription(@Args('input') input: CreateWebhookSubscriptionInput) {
    return this.subscriptions.create(input);
  }

  @Mutation(() => WebhookSubscriptionModel)
  @Allow(Role.ADMIN)
  updateWebhookSubscription(@Args('input') input: UpdateWebhookSubscriptionInput) {
    return this.subscriptions.update(input);
  }

  @Mutation(() => WebhookSubscriptionModel, { description: 'Stop delivering; new events are held for it (with pending retries) and go out when it is resumed' })
  @Allow(Role.ADMIN)
  pauseWebhookSubscription(@Args('input') input: WebhookSubscriptionVersionInput) {
    return this.subscriptions.pause(input);
  }

  @Mutation(() => WebhookSubscriptionModel, { description: 'Deliver again (also after an automatic pause for failing)' })
  @Allow(Role.ADMIN)
  resumeWebhookSubscription(@Args('input') input: WebhookSubscriptionVersionInput) {
    return this.subscriptions.resume(input);
  }

  @Mutation(() => WebhookSecretPayload, { description: 'A new signing secret, shown this once; the old one stops signing at once' })
  @Allow(Role.ADMIN)
  rotateWebhookSecret(@Args('input') input: WebhookSubscriptionVersionInput) {
    return this.subscriptions.rotateSecret(input);
  }

  @Mutation(() => ID, { description: 'Delete a subscription and its delivery log' })
  @Allow(Role.ADMIN)
  deleteWebhookSubscription(@Args('input') input: WebhookSubscriptionVersionInput) {
    return this.subscriptions.remove(input);
  }

  @Mutation(() => WebhookDeliveryModel, { description: 'Send a delivered or failed event again: same event id and body, a fresh signature' })
  @Allow(Role.ADMIN)
  @Idempotent()
  replayWebhookDelivery(@Args('input') input: ReplayWebhookDeliveryInput) {
    return this.log.replay(input);
  }
}
