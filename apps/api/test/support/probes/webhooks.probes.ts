const ID = '00000000-0000-0000-0000-000000000000';
const VERSIONED = `{ subscriptionId: "${ID}", version: 1 }`;

/** One unauthenticated call per webhook operation, for the policy spec. */
export const probes: Record<string, string> = {
  webhookSubscriptions: `{ webhookSubscriptions { totalCount } }`,
  webhookDeliveries: `{ webhookDeliveries { pageInfo { hasNextPage } } }`,
  createWebhookSubscription: `mutation { createWebhookSubscription(input: { url: "https://example.org/hooks", events: [TASK_OVERDUE] }) { secret } }`,
  updateWebhookSubscription: `mutation { updateWebhookSubscription(input: ${VERSIONED}) { id } }`,
  pauseWebhookSubscription: `mutation { pauseWebhookSubscription(input: ${VERSIONED}) { id } }`,
  resumeWebhookSubscription: `mutation { resumeWebhookSubscription(input: ${VERSIONED}) { id } }`,
  rotateWebhookSecret: `mutation { rotateWebhookSecret(input: ${VERSIONED}) { secret } }`,
  deleteWebhookSubscription: `mutation { deleteWebhookSubscription(input: ${VERSIONED}) }`,
  replayWebhookDelivery: `mutation { replayWebhookDelivery(input: { deliveryId: "${ID}" }) { id } }`,
};
