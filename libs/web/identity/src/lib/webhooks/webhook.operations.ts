import { graphql } from '@waymark/web/core';

export const webhookSubscriptionFields = graphql(`
  fragment WebhookSubscriptionFields on WebhookSubscription {
    id
    url
    description
    events
    active
    pausedReason
    version
  }
`);

export const webhookSubscriptionsQuery = graphql(`
  query WebhookSubscriptions {
    # An agency keeps at most WEBHOOK_SUBSCRIPTIONS_MAX (25): one page holds them all.
    webhookSubscriptions(first: 25) {
      totalCount
      edges {
        node {
          ...WebhookSubscriptionFields
        }
      }
    }
  }
`);

export const webhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {
    webhookDeliveries(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          subscriptionId
          eventId
          eventType
          status
          attemptCount
          nextAttemptAt
          createdAt
          lastStatusCode
          replayOf
          attempts {
            attemptedAt
            statusCode
            durationMs
            error
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const createWebhookSubscriptionMutation = graphql(`
  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        ...WebhookSubscriptionFields
      }
    }
  }
`);

export const pauseWebhookSubscriptionMutation = graphql(`
  mutation PauseWebhookSubscription($input: WebhookSubscriptionVersionInput!) {
    pauseWebhookSubscription(input: $input) {
      ...WebhookSubscriptionFields
    }
  }
`);

export const resumeWebhookSubscriptionMutation = graphql(`
  mutation ResumeWebhookSubscription($input: WebhookSubscriptionVersionInput!) {
    resumeWebhookSubscription(input: $input) {
      ...WebhookSubscriptionFields
    }
  }
`);

export const rotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($input: WebhookSubscriptionVersionInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      subscription {
        ...WebhookSubscriptionFields
      }
    }
  }
`);

export const deleteWebhookSubscriptionMutation = graphql(`
  mutation DeleteWebhookSubscription($input: WebhookSubscriptionVersionInput!) {
    deleteWebhookSubscription(input: $input)
  }
`);

export const replayWebhookDeliveryMutation = graphql(`
  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {
    replayWebhookDelivery(input: $input) {
      id
      status
    }
  }
`);
