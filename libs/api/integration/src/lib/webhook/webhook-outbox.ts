import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Clock, RequestContext } from '@waymark/api/common';
import { JobQueue } from '@waymark/api/database';
import type { WebhookEventType } from '@waymark/shared/types';

/** The one-off queue that sends due deliveries at once (the cron round catches anything it misses). */
export const WEBHOOK_DELIVER_JOB = 'webhooks.deliver';

/** What a delivery says about the change: ids, statuses and dates only, never names or notes. */
export type WebhookData = Record<string, string | null>;

/**
 * Writes an event and one delivery per subscription that wants it, through the transaction of
 * the change that raised it (an outbox): a change that rolls back sends nothing, one that
 * commits is delivered even if this instance stops right after. A paused subscription gets
 * its deliveries too, held (the dispatcher sends only active ones) until an admin resumes it,
 * so nothing is lost while a receiver is down.
 */
@Injectable()
export class WebhookOutbox {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    private readonly queue: JobQueue,
  ) {}

  record(type: WebhookEventType, data: WebhookData): Promise<void> {
    return this.recordMany(type, [data]);
  }

  /** Several events of one type (a sweep's overdue tasks) in a fixed number of statements, however many. */
  async recordMany(type: WebhookEventType, items: WebhookData[]): Promise<void> {
    if (!items.length) return;
    const agencyId = this.context.agencyId;
    const tx = this.txHost.tx;
    // FOR KEY SHARE: a subscription being deleted waits for this change to commit (its cascade
    // then takes these deliveries) or, deleted first, is not seen; the change never fails for it.
    const subscriptions: { id: string }[] = await tx.query(
      `SELECT id FROM webhook_subscription WHERE agency_id = $1 AND $2 = ANY(event_types) FOR KEY SHARE`,
      [agencyId, type],
    );
    if (!subscriptions.length) return;
    const occurredAt = this.clock.now();
    const events = items.map((data) => {
      const id = randomUUID();
      return { id, body: JSON.stringify({ id, type, occurredAt: occurredAt.toISOString(), agencyId, data }) };
    });
    await tx.query(
      `INSERT INTO webhook_event (id, agency_id, event_type, occurred_at, body) SELECT unnest($1::uuid[]), $2, $3, $4, unnest($5::text[])`,
      [events.map((e) => e.id), agencyId, type, occurredAt, events.map((e) => e.body)],
    );
    await tx.query(
      `INSERT INTO webhook_delivery (agency_id, subscription_id, event_id, event_type, status, next_attempt_at)
       SELECT $1, s.id, e.id, $4, 'PENDING', $5 FROM unnest($2::uuid[]) AS s(id) CROSS JOIN unnest($3::uuid[]) AS e(id)`,
      [agencyId, subscriptions.map((sub) => sub.id), events.map((e) => e.id), type, occurredAt],
    );
    // The job is written in the same transaction, so it never runs ahead of rows it cannot see yet.
    // One per change, not coalesced: a single waiting job would make concurrent changes queue
    // behind each other's commits on its unique slot; a surplus job finds nothing due and ends.
    await this.queue.send(WEBHOOK_DELIVER_JOB, {}, { executeSql: async (text, values) => ({ rows: await tx.query(text, values) }) });
  }
}
