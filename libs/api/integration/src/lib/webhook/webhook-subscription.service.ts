import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, type FieldChanges } from '@waymark/api/audit';
import { AppConfig, BadInputError, decodeCursor, isString, isUuid, NotFoundError, RequestContext, actingUserId, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, WEBHOOK_SUBSCRIPTIONS_MAX } from '@waymark/shared/types';
import { randomUUID } from 'node:crypto';
import type { PageArgs } from '@waymark/api/common';
import type { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookSubscriptionVersionInput } from './dto/webhook-subscription.input';
import { WebhookSecretCipher } from './webhook-secret-cipher';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';
import { checkWebhookUrl } from './webhook-target';
import { type WebhookSecretPayload, WebhookSubscriptionModel } from './webhook.model';

export const WEBHOOK_SUBSCRIPTION = 'WebhookSubscription';

/** An agency admin's webhook subscriptions. Every change is audited; the secret never is (only that it was set). */
@Injectable()
export class WebhookSubscriptionService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly cipher: WebhookSecretCipher,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly config: AppConfig,
  ) {}

  private get subscriptions() {
    return this.tenant.repository(WebhookSubscriptionEntity);
  }

  async list({ first, after }: PageArgs) {
    const query = this.subscriptions.createQueryBuilder('s');
    const totalCount = await query.getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, [isString, isUuid]);
      query.andWhere('(s.createdAt, s.id) > (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.orderBy('s.createdAt', 'ASC').addOrderBy('s.id', 'ASC').take(first + 1).getMany();
    return { ...toConnection(rows, first, WebhookSubscriptionModel.from, (s) => [s.createdAt.toISOString(), s.id]), totalCount };
  }

  @Transactional()
  async create(input: CreateWebhookSubscriptionInput): Promise<WebhookSecretPayload> {
    const url = checkWebhookUrl(input.url, this.config.isProduction);
    // Row locks on the agency's subscriptions, so two admins adding at once cannot pass the cap together.
    const existing = await this.subscriptions.find({ select: { id: true, agencyId: true }, lock: { mode: 'pessimistic_write' } });
    if (existing.length >= WEBHOOK_SUBSCRIPTIONS_MAX) {
      throw new BadInputError(`An agency keeps at most ${WEBHOOK_SUBSCRIPTIONS_MAX} webhook subscriptions.`, [{ field: 'url', message: 'too many subscriptions' }]);
    }
    const id = randomUUID();
    const secret = this.cipher.newSecret();
    const row = await this.subscriptions.save(
      this.subscriptions.create({
        id,
        url,
        description: input.description?.trim() || null,
        eventTypes: input.events,
        active: true,
        pausedReason: null,
        secretSealed: this.cipher.seal(secret, id),
        failuresInRow: 0,
        createdBy: actingUserId(this.context.requirePrincipal()),
      }),
    );
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: WEBHOOK_SUBSCRIPTION,
      entityId: id,
      changes: { url: { to: url }, events: { to: input.events }, description: { to: row.description }, secret: { to: 'set' } },
    });
    return { subscription: WebhookSubscriptionModel.from(row), secret };
  }

  @Transactional()
  async update(input: UpdateWebhookSubscriptionInput): Promise<WebhookSubscriptionModel> {
    const before = await this.mustFind(input.subscriptionId);
    const patch: Partial<WebhookSubscriptionEntity> = {};
    const changes: FieldChanges = {};
    if (input.url !== undefined && input.url !== null) {
      patch.url = checkWebhookUrl(input.url, this.config.isProduction);
      changes.url = { from: before.url, to: patch.url };
    }
    if (input.events) {
      patch.eventTypes = input.events;
      changes.events = { from: before.eventTypes, to: input.events };
    }
    if (input.description !== undefined) {
      patch.description = input.description?.trim() || null;
      changes.description = { from: before.description, to: patch.description };
    }
    return this.write(before, input.version, patch, changes);
  }

  @Transactional()
  pause({ subscriptionId, version }: WebhookSubscriptionVersionInput): Promise<WebhookSubscriptionModel> {
    return this.mustFind(subscriptionId).then((before) =>
      this.write(before, version, { active: false, pausedReason: 'BY_ADMIN' }, { active: { from: before.active, to: false } }),
    );
  }

  /** Resuming also forgets past failures, so a subscription paused for failing gets a fresh start. */
  @Transactional()
  resume({ subscriptionId, version }: WebhookSubscriptionVersionInput): Promise<WebhookSubscriptionModel> {
    return this.mustFind(subscriptionId).then((before) =>
      this.write(before, version, { active: true, pausedReason: null, failuresInRow: 0 }, { active: { from: before.active, to: true } }),
    );
  }

  @Transactional()
  async rotateSecret({ subscriptionId, version }: WebhookSubscriptionVersionInput): Promise<WebhookSecretPayload> {
    const before = await this.mustFind(subscriptionId);
    const secret = this.cipher.newSecret();
    const subscription = await this.write(before, version, { secretSealed: this.cipher.seal(secret, before.id) }, { secret: { to: 'rotated' } });
    return { subscription, secret };
  }

  /** Deletes the subscription and its delivery log; the events stay for the agency's other subscriptions. */
  @Transactional()
  async remove({ subscriptionId, version }: WebhookSubscriptionVersionInput): Promise<string> {
    const before = await this.mustFind(subscriptionId);
    // Through a versioned no-op first, so a stale version is a CONFLICT like any other change.
    await this.subscriptions.updateVersioned(before.id, version, {}, WEBHOOK_SUBSCRIPTION);
    await this.subscriptions.delete({ id: before.id });
    await this.audit.record({ action: AuditAction.DELETE, entityType: WEBHOOK_SUBSCRIPTION, entityId: before.id, changes: { url: { from: before.url } } });
    return before.id;
  }

  private async write(before: WebhookSubscriptionEntity, version: number, patch: Partial<WebhookSubscriptionEntity>, changes: FieldChanges) {
    const row = await this.subscriptions.updateVersioned(before.id, version, patch, WEBHOOK_SUBSCRIPTION);
    await this.audit.record({ action: AuditAction.UPDATE, entityType: WEBHOOK_SUBSCRIPTION, entityId: row.id, changes });
    return WebhookSubscriptionModel.from(row);
  }

  private async mustFind(id: string): Promise<WebhookSubscriptionEntity> {
    const row = await this.subscriptions.findOneBy({ id });
    if (!row) throw new NotFoundError('Webhook subscription');
    return row;
  }
}
