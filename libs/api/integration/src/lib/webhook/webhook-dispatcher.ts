import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail, SystemContext } from '@waymark/api/audit';
import { AppConfig, Clock } from '@waymark/api/common';
import { JobQueue } from '@waymark/api/database';
import {
  AuditAction,
  nextWebhookAttemptAt,
  signWebhook,
  WEBHOOK_AUTO_PAUSE_FAILURES,
  WEBHOOK_EVENT_ID_HEADER,
  WEBHOOK_EVENT_TYPE_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMEOUT_MS,
} from '@waymark/shared/types';
import type { DataSource } from 'typeorm';
import type { Agent } from 'undici';
import { WEBHOOK_DELIVER_JOB } from './webhook-outbox';
import { type PostOutcome, postWebhook, webhookAgent } from './webhook-post';
import { WebhookSecretCipher } from './webhook-secret-cipher';
import { WEBHOOK_SUBSCRIPTION } from './webhook-subscription.service';

/** The cron round that sends retries when they come due (and anything a lost job left behind). */
const RETRY_JOB = 'webhooks.retry';
/** Deliveries claimed per round trip, sent side by side. */
const BATCH = 10;
/**
 * How long a claimed delivery is left to its sender before another may pick it up: well past
 * what a batch can take (sent side by side, each bounded by the lookup and the POST's timeout).
 */
const LEASE_SECONDS = 120;

interface DueDelivery {
  id: string;
  agency_id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  attempt_count: number;
  /** The claim's lease as the database wrote it: the outcome is written only while this claim still holds. */
  lease: string;
  url: string;
  secret_sealed: string;
  body: string;
}

/**
 * Sends due deliveries of active subscriptions: each is claimed with a lease (so two instances
 * never send one at once), POSTed signed, and its outcome written as its agency's SYSTEM
 * actor: DELIVERED on a 2xx, otherwise PENDING again at the next step of the backoff
 * (WEBHOOK_RETRY_MINUTES) or FAILED once it is spent. An outcome is written only under the
 * lease it was claimed with, so a sender whose lease ran out cannot overwrite a newer one. A
 * subscription WEBHOOK_AUTO_PAUSE_FAILURES of whose deliveries in a row end FAILED is paused
 * (FAILING); any 2xx starts the count again. Receivers may see an event twice (a lease that
 * ran out mid-send): they dedupe on Waymark-Event-Id.
 */
@Injectable()
export class WebhookDispatcher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly agent: Agent;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cipher: WebhookSecretCipher,
    private readonly system: SystemContext,
    private readonly audit: AuditTrail,
  ) {
    this.agent = webhookAgent(config.isProduction);
  }

  onModuleInit(): void {
    this.queue.registerOneOff({ name: WEBHOOK_DELIVER_JOB, run: () => this.deliverDue().then(() => undefined) });
    this.queue.register({ name: RETRY_JOB, cron: this.config.WEBHOOK_DELIVERY_CRON, runAtStart: true, run: () => this.deliverDue().then(() => undefined) });
  }

  /** Closes the receivers' kept-alive connections, so a stopping instance leaves none open. */
  async onModuleDestroy(): Promise<void> {
    await this.agent.close();
  }

  /** Sends every delivery due now, in batches; answers how many were attempted. Tests call it directly. */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const due = await this.claim();
      // Side by side, so the batch takes about as long as its slowest receiver, well inside the lease.
      await Promise.all(
        due.map((delivery) =>
          this.attempt(delivery).catch((error) => {
            // Left leased (the outcome could not be written): it is tried again once the lease runs out.
            this.logger.error({ err: error, deliveryId: delivery.id }, 'could not attempt a webhook delivery');
          }),
        ),
      );
      attempted += due.length;
      if (due.length < BATCH) return attempted;
    }
  }

  /** The due deliveries claimed, oldest first: a receiver mostly sees events in the order they happened. */
  private async claim(): Promise<DueDelivery[]> {
    const now = this.clock.now();
    return this.dataSource.query(
      `WITH claimed AS (
         UPDATE webhook_delivery SET lease_until = $1::timestamptz + make_interval(secs => $3)
         WHERE id IN (
           SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
           WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1 AND (d.lease_until IS NULL OR d.lease_until < $1) AND s.active
           ORDER BY d.next_attempt_at, d.id LIMIT $2 FOR UPDATE OF d SKIP LOCKED)
         RETURNING id, agency_id, subscription_id, event_id, event_type, attempt_count, next_attempt_at, lease_until)
       SELECT c.id, c.agency_id, c.subscription_id, c.event_id, c.event_type, c.attempt_count, c.lease_until::text AS lease, s.url, s.secret_sealed, e.body
       FROM claimed c JOIN webhook_subscription s ON s.id = c.subscription_id JOIN webhook_event e ON e.id = c.event_id
       ORDER BY c.next_attempt_at, c.id`,
      [now, BATCH, LEASE_SECONDS],
    );
  }

  private async attempt(delivery: DueDelivery): Promise<void> {
    const attemptedAt = this.clock.now();
    const outcome = await this.send(delivery, attemptedAt);
    await this.system.run(delivery.agency_id, () => this.recordOutcome(delivery, attemptedAt, outcome));
  }

  private async send(delivery: DueDelivery, at: Date): Promise<PostOutcome> {
    let signature: string;
    try {
      const secret = this.cipher.open(delivery.secret_sealed, delivery.subscription_id);
      signature = await signWebhook(secret, delivery.body, Math.floor(at.getTime() / 1000));
    } catch (error) {
      // An attempt like any other (it backs off, shows in the log and ends FAILED), not a silent loop.
      this.logger.error({ err: error, deliveryId: delivery.id }, 'could not sign a webhook delivery');
      return { statusCode: null, durationMs: 0, error: 'could not sign: the secret cannot be opened (rotate it)', responseExcerpt: null };
    }
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Waymark-Webhooks/1',
      [WEBHOOK_SIGNATURE_HEADER]: signature,
      [WEBHOOK_EVENT_ID_HEADER]: delivery.event_id,
      [WEBHOOK_EVENT_TYPE_HEADER]: delivery.event_type,
    };
    return postWebhook(this.agent, this.config.isProduction, delivery.url, headers, delivery.body, WEBHOOK_TIMEOUT_MS);
  }

  @Transactional()
  private async recordOutcome(delivery: DueDelivery, at: Date, outcome: PostOutcome): Promise<void> {
    const tx = this.txHost.tx;
    const delivered = outcome.error === null;
    const attempts = delivery.attempt_count + 1;
    const next = delivered ? null : nextWebhookAttemptAt(attempts, at);
    const status = delivered ? 'DELIVERED' : next ? 'PENDING' : 'FAILED';
    const updated = rowsOf<{ id: string }>(
      await tx.query(
        `UPDATE webhook_delivery SET status = $2, attempt_count = $3, next_attempt_at = $4, delivered_at = $5, last_status_code = $6,
           lease_until = NULL, version = version + 1, updated_at = now()
         WHERE id = $1 AND lease_until = $7::timestamptz AND status = 'PENDING'
         RETURNING id`,
        [delivery.id, status, attempts, next, delivered ? at : null, outcome.statusCode, delivery.lease],
      ),
    );
    if (!updated.length) {
      // The lease ran out and another sender claimed it (or an outcome was written): theirs stands.
      this.logger.warn({ deliveryId: delivery.id }, 'webhook outcome dropped: the lease had run out');
      return;
    }
    await tx.query(
      `INSERT INTO webhook_attempt (agency_id, delivery_id, attempted_at, status_code, duration_ms, error, response_excerpt) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [delivery.agency_id, delivery.id, at, outcome.statusCode, outcome.durationMs, outcome.error, outcome.responseExcerpt],
    );
    if (status === 'PENDING') return;
    // Counted per delivery that ended, not per attempt: a burst of first attempts failing never pauses.
    const [row] = rowsOf<{ just_paused: boolean }>(
      await tx.query(
        `WITH before AS (SELECT id, active FROM webhook_subscription WHERE id = $1 FOR UPDATE)
         UPDATE webhook_subscription s SET failures_in_row = CASE WHEN $2 THEN 0 ELSE s.failures_in_row + 1 END,
           active = CASE WHEN NOT $2 AND s.failures_in_row + 1 >= $3 THEN false ELSE s.active END,
           paused_reason = CASE WHEN NOT $2 AND s.failures_in_row + 1 >= $3 AND s.active THEN 'FAILING' ELSE s.paused_reason END,
           version = CASE WHEN NOT $2 AND s.failures_in_row + 1 >= $3 AND s.active THEN s.version + 1 ELSE s.version END
         FROM before WHERE s.id = before.id
         RETURNING (before.active AND NOT s.active) AS just_paused`,
        [delivery.subscription_id, delivered, WEBHOOK_AUTO_PAUSE_FAILURES],
      ),
    );
    if (row?.just_paused) {
      this.logger.warn({ subscriptionId: delivery.subscription_id }, 'webhook subscription paused after repeated failures');
      await this.audit.record({
        action: AuditAction.UPDATE,
        entityType: WEBHOOK_SUBSCRIPTION,
        entityId: delivery.subscription_id,
        changes: { active: { from: true, to: false }, pausedReason: { to: 'FAILING' } },
      });
    }
  }
}

/** UPDATE … RETURNING comes back as [rows, count] from the pg driver through TypeORM. */
function rowsOf<T>(result: unknown): T[] {
  const list = result as unknown[];
  return (Array.isArray(list[0]) ? list[0] : list) as T[];
}
