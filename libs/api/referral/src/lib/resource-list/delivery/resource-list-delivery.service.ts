import { Inject, Injectable, Logger } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate, TimelineService } from '@waymark/api/client';
import { actingUserId, BadInputError, Clock, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, isDeliveryAddress, maskDeliveryAddress, ResourceListChannel, ResourceListDeliveryStatus, TimelineKind } from '@waymark/shared/types';
import type { DeliverResourceListInput } from '../dto/deliver-resource-list.input';
import { RESOURCE_LIST, RESOURCE_LIST_DELIVERY, resourceListLine } from '../resource-list-lines';
import { ResourceListEntity } from '../resource-list.entity';
import { deliveryFailure } from './delivery-failure';
import { MESSAGE_DELIVERY, type MessageDelivery, type OutgoingMessage } from './message-delivery';
import { ResourceListDeliveryEntity } from './resource-list-delivery.entity';
import { ResourceListDeliveryModel } from './resource-list-delivery.model';
import { renderResourceListMessage } from './resource-list-message';

type Attempt = Pick<ResourceListDeliveryEntity, 'channel' | 'address' | 'status' | 'error' | 'provider' | 'subject' | 'body'>;

const CHANNEL_WORDS: Record<OutgoingMessage['channel'], { address: string; onRecord: string }> = {
  EMAIL: { address: 'an e-mail address', onRecord: 'e-mail address' },
  TEXT_MESSAGE: { address: 'a phone number', onRecord: 'phone number' },
};

/**
 * Hands a list over: records that it was printed, or sends it, in its language, to the
 * client's own e-mail or phone (the one on their record, or one typed in) through the
 * configured MessageDelivery. Every attempt, sent or failed, is kept with the message as
 * rendered, and is on the client's timeline and in the audit trail (the address masked).
 */
@Injectable()
export class ResourceListDeliveryService {
  private readonly logger = new Logger(ResourceListDeliveryService.name);

  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    @Inject(MESSAGE_DELIVERY) private readonly delivery: MessageDelivery,
  ) {}

  /** The message goes out before the record is written, outside any transaction: a slow mail server holds no database connection. */
  async deliver({ resourceListId, channel, address }: DeliverResourceListInput): Promise<ResourceListDeliveryModel> {
    const list = await this.tenant.repository(ResourceListEntity).findOneBy({ id: resourceListId });
    if (!list) throw new NotFoundError('Resource list');
    await this.gate.require(list.clientId, 'write');
    if (channel === ResourceListChannel.PRINTED) {
      if (address) throw new BadInputError('A printed list goes to no address.', [{ field: 'address', message: 'not for a printed list' }]);
      return this.record(list, { channel, address: null, status: ResourceListDeliveryStatus.SENT, error: null, provider: null, subject: null, body: null });
    }
    const to = address ?? (await this.onRecord(list.clientId, channel));
    if (!isDeliveryAddress(channel, to)) {
      throw new BadInputError(`That is not ${CHANNEL_WORDS[channel].address}.`, [{ field: 'address', message: `must be ${CHANNEL_WORDS[channel].address}` }]);
    }
    const message = renderResourceListMessage(list);
    const sent = await this.send({ channel, to, ...message });
    return this.record(list, { channel, address: to, subject: message.subject, body: message.body, ...sent });
  }

  private async send(message: OutgoingMessage): Promise<Pick<Attempt, 'status' | 'provider' | 'error'>> {
    try {
      const { provider } = await this.delivery.send(message);
      return { status: ResourceListDeliveryStatus.SENT, provider, error: null };
    } catch (error) {
      this.logger.warn({ err: error, channel: message.channel }, 'a resource list could not be delivered');
      return { status: ResourceListDeliveryStatus.FAILED, provider: null, error: deliveryFailure(error) };
    }
  }

  /** The client's e-mail or phone as their record has it. */
  private async onRecord(clientId: string, channel: OutgoingMessage['channel']): Promise<string> {
    const [client] = await this.gate.details([clientId]);
    const address = channel === ResourceListChannel.EMAIL ? client.email : client.phone;
    if (!address) {
      throw new BadInputError(`The client's record has no ${CHANNEL_WORDS[channel].onRecord}; type the one to send to.`, [{ field: 'address', message: 'none on record' }]);
    }
    return address;
  }

  @Transactional()
  private async record(list: ResourceListEntity, attempt: Attempt): Promise<ResourceListDeliveryModel> {
    const deliveries = this.tenant.repository(ResourceListDeliveryEntity);
    const occurredAt = this.clock.now();
    const delivery = await deliveries.save(
      deliveries.create({ ...attempt, resourceListId: list.id, deliveredBy: actingUserId(this.context.requirePrincipal()), occurredAt }),
    );
    await this.timeline.add({
      clientId: list.clientId,
      occurredAt,
      kind: TimelineKind.RESOURCE_LIST,
      sourceType: RESOURCE_LIST,
      sourceId: list.id,
      summary: resourceListLine.delivered(attempt.channel, attempt.status),
    });
    await this.audit.record({
      action: AuditAction.EXPORT,
      entityType: RESOURCE_LIST_DELIVERY,
      entityId: delivery.id,
      clientId: list.clientId,
      changes: {
        resourceListId: { to: list.id },
        channel: { to: attempt.channel },
        ...(attempt.address ? { address: { to: maskDeliveryAddress(attempt.address) } } : {}),
        status: { to: attempt.status },
        ...(attempt.error ? { error: { to: attempt.error } } : {}),
      },
    });
    return ResourceListDeliveryModel.from(delivery);
  }
}
