import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { Clock, decodeCursor, isString, isUuid, NotFoundError, RequestContext, toConnection } from '@waymark/api/common';
import { JobQueue, TenantScope } from '@waymark/api/database';
import { AuditAction, WebhookDeliveryStatus } from '@waymark/shared/types';
import type { ReplayWebhookDeliveryInput, WebhookDeliveriesArgs } from './dto/webhook-deliveries.args';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';
import { WEBHOOK_DELIVER_JOB } from './webhook-outbox';
import type { WebhookAttemptModel, WebhookDeliveryModel } from './webhook.model';

const WEBHOOK_DELIVERY = 'WebhookDelivery';

interface AttemptRow {
  delivery_id: string;
  attempted_at: Date;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
  response_excerpt: string | null;
}

/**
 * The delivery log an admin reads (newest first, in SQL, one query each for the page's bodies
 * and attempts) and replays from. Bodies carry client ids, so reading the log is audited per
 * client shown.
 */
@Injectable()
export class WebhookDeliveryLogService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly queue: JobQueue,
  ) {}

  private get deliveries() {
    return this.tenant.repository(WebhookDeliveryEntity);
  }

  async list({ first, after, subscriptionId, status, eventType }: WebhookDeliveriesArgs) {
    // Another agency's subscription (or none) is NOT_FOUND, not an empty log: the same answer as everywhere else.
    if (subscriptionId && !(await this.tenant.repository(WebhookSubscriptionEntity).findOneBy({ id: subscriptionId }))) {
      throw new NotFoundError('Webhook subscription');
    }
    const query = this.deliveries.createQueryBuilder('d');
    if (subscriptionId) query.andWhere('d.subscriptionId = :subscriptionId', { subscriptionId });
    if (status) query.andWhere('d.status = :status', { status });
    if (eventType) query.andWhere('d.eventType = :eventType', { eventType });
    if (after) {
      const [createdAt, id] = decodeCursor(after, [isString, isUuid]);
      query.andWhere('(d.createdAt, d.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.orderBy('d.createdAt', 'DESC').addOrderBy('d.id', 'DESC').take(first + 1).getMany();
    const page = rows.slice(0, first);
    const models = await this.withDetails(page);
    this.recordReads(models);
    const byId = new Map(models.map((model) => [model.id, model]));
    return toConnection(rows, first, (row) => byId.get(row.id) as WebhookDeliveryModel, (row) => [row.createdAt.toISOString(), row.id]);
  }

  /**
   * Bodies name clients: one READ per distinct client on the page (its deliveries counted),
   * queued for the request's one audit insert; a page naming none still leaves one event.
   */
  private recordReads(models: WebhookDeliveryModel[]): void {
    const perClient = new Map<string, number>();
    for (const model of models) {
      const clientId = clientIdOf(model.body);
      if (clientId) perClient.set(clientId, (perClient.get(clientId) ?? 0) + 1);
    }
    if (!perClient.size) {
      this.audit.recordRead({ action: AuditAction.READ, entityType: WEBHOOK_DELIVERY, changes: { count: { to: models.length } } });
      return;
    }
    this.audit.recordRead(
      ...[...perClient].map(([clientId, count]) => ({ action: AuditAction.READ, entityType: WEBHOOK_DELIVERY, clientId, changes: { count: { to: count } } })),
    );
  }

  /** A new delivery of the same event (same id, same body) to the same subscription, sent at once with a fresh signature. */
  @Transactional()
  async replay({ deliveryId }: ReplayWebhookDeliveryInput): Promise<WebhookDeliveryModel> {
    const original = await this.deliveries.findOneBy({ id: deliveryId });
    if (!original) throw new NotFoundError('Webhook delivery');
    const replay = await this.deliveries.save(
      this.deliveries.create({
        subscriptionId: original.subscriptionId,
        eventId: original.eventId,
        eventType: original.eventType,
        status: WebhookDeliveryStatus.PENDING,
        attemptCount: 0,
        nextAttemptAt: this.clock.now(),
        leaseUntil: null,
        deliveredAt: null,
        lastStatusCode: null,
        replayOf: original.id,
      }),
    );
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: WEBHOOK_DELIVERY,
      entityId: replay.id,
      changes: { replayOf: { to: original.id }, eventId: { to: original.eventId } },
    });
    const tx = this.txHost.tx;
    await this.queue.send(WEBHOOK_DELIVER_JOB, {}, { executeSql: async (text, values) => ({ rows: await tx.query(text, values) }) });
    const [model] = await this.withDetails([replay]);
    return model;
  }

  private async withDetails(rows: WebhookDeliveryEntity[]): Promise<WebhookDeliveryModel[]> {
    if (!rows.length) return [];
    const agencyId = this.context.agencyId;
    const tx = this.txHost.tx;
    const bodies: { id: string; body: string }[] = await tx.query(`SELECT id, body FROM webhook_event WHERE agency_id = $1 AND id = ANY($2::uuid[])`, [
      agencyId,
      [...new Set(rows.map((row) => row.eventId))],
    ]);
    const attempts: AttemptRow[] = await tx.query(
      `SELECT delivery_id, attempted_at, status_code, duration_ms, error, response_excerpt FROM webhook_attempt
       WHERE agency_id = $1 AND delivery_id = ANY($2::uuid[]) ORDER BY attempted_at, id`,
      [agencyId, rows.map((row) => row.id)],
    );
    const bodyOf = new Map(bodies.map((event) => [event.id, event.body]));
    const attemptsOf = new Map<string, WebhookAttemptModel[]>();
    for (const a of attempts) {
      const list = attemptsOf.get(a.delivery_id) ?? [];
      list.push({ attemptedAt: a.attempted_at, statusCode: a.status_code, durationMs: a.duration_ms, error: a.error, responseExcerpt: a.response_excerpt });
      attemptsOf.set(a.delivery_id, list);
    }
    return rows.map((row) => ({
      id: row.id,
      subscriptionId: row.subscriptionId,
      eventId: row.eventId,
      eventType: row.eventType,
      status: row.status,
      attemptCount: row.attemptCount,
      nextAttemptAt: row.nextAttemptAt,
      deliveredAt: row.deliveredAt,
      lastStatusCode: row.lastStatusCode,
      replayOf: row.replayOf,
      createdAt: row.createdAt,
      body: bodyOf.get(row.eventId) ?? '',
      attempts: attemptsOf.get(row.id) ?? [],
    }));
  }
}

/** The client a body names (data.clientId), if it is a well-formed id. */
function clientIdOf(body: string): string | null {
  try {
    const clientId = (JSON.parse(body) as { data?: { clientId?: unknown } }).data?.clientId;
    return isUuid(clientId) ? clientId : null;
  } catch {
    return null;
  }
}
