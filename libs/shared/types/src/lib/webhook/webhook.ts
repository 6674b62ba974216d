/**
 * What an integrator may subscribe to. Each name is `<subject>.<what happened>`; a delivery's
 * body carries only ids and statuses (never names, notes or other client details): the
 * receiver fetches what it needs through the API with its own key.
 */
export const WebhookEventType = {
  /** A referral was created or moved to another status (sending agency's subscriptions). */
  REFERRAL_STATUS_CHANGED: 'referral.status_changed',
  /** An enrollment was opened: a client entered a program. */
  ENROLLMENT_OPENED: 'enrollment.opened',
  /** An enrollment closed: the client was discharged from the program. */
  CLIENT_DISCHARGED: 'client.discharged',
  /** A worklist task passed its due date and was escalated to the supervisors. */
  TASK_OVERDUE: 'task.overdue',
  /** A care plan was approved. */
  CARE_PLAN_APPROVED: 'care_plan.approved',
} as const;
export type WebhookEventType = (typeof WebhookEventType)[keyof typeof WebhookEventType];
export const WEBHOOK_EVENT_TYPES = Object.values(WebhookEventType);

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return WEBHOOK_EVENT_TYPES.includes(value as WebhookEventType);
}

/** Where one delivery (one event to one subscription) stands. */
export const WebhookDeliveryStatus = {
  /** Waiting for its first attempt or for the next retry (nextAttemptAt). */
  PENDING: 'PENDING',
  DELIVERED: 'DELIVERED',
  /** Every retry was spent; a replay sends it again. */
  FAILED: 'FAILED',
} as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];
export const WEBHOOK_DELIVERY_STATUSES = Object.values(WebhookDeliveryStatus);

/**
 * Minutes to wait after the 1st, 2nd… failed attempt: 1 min, 5 min, 30 min, 2 h, 12 h. The
 * attempt after the last wait is the last one: six attempts in all, then FAILED.
 */
export const WEBHOOK_RETRY_MINUTES: readonly number[] = [1, 5, 30, 120, 720];
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_MINUTES.length + 1;

/** When the next attempt is due after `failedAttempts` failures at `at`; null once every retry is spent. */
export function nextWebhookAttemptAt(failedAttempts: number, at: Date): Date | null {
  const minutes = WEBHOOK_RETRY_MINUTES[failedAttempts - 1];
  return minutes === undefined ? null : new Date(at.getTime() + minutes * 60_000);
}

/**
 * Deliveries in a row that ended FAILED (each spent all its retries, about 15 hours) after
 * which a subscription is paused automatically; any 2xx starts the count again. Counted per
 * delivery, not per attempt, so a burst of events meeting a receiver that is briefly down
 * never pauses it. An admin resumes it once the receiver is fixed; what came meanwhile is
 * held and then sent.
 */
export const WEBHOOK_AUTO_PAUSE_FAILURES = 3;

/** Days the delivery log (events, deliveries, attempts) is kept; a held delivery older than this is dropped unsent. */
export const WEBHOOK_RETENTION_DAYS = 90;

export const WEBHOOK_URL_MAX_LENGTH = 2000;
export const WEBHOOK_DESCRIPTION_MAX_LENGTH = 500;
/** Subscriptions one agency may keep. */
export const WEBHOOK_SUBSCRIPTIONS_MAX = 25;
/** How long a receiver has to answer, in milliseconds. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** How much of a receiver's answer the delivery log keeps. */
export const WEBHOOK_RESPONSE_EXCERPT_MAX = 200;
