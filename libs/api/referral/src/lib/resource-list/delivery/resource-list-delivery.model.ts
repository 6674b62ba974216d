import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import { ResourceListChannel, ResourceListDeliveryStatus } from '@waymark/shared/types';
import type { ResourceListDeliveryEntity } from './resource-list-delivery.entity';

registerEnumType(ResourceListChannel, { name: 'ResourceListChannel', description: 'PRINTED and handed over, or sent by EMAIL or TEXT_MESSAGE' });
registerEnumType(ResourceListDeliveryStatus, { name: 'ResourceListDeliveryStatus', description: 'SENT, or FAILED with the error' });

@ObjectType('ResourceListDelivery')
export class ResourceListDeliveryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  resourceListId: string;

  @Field(() => ResourceListChannel)
  channel: ResourceListChannel;

  @Field(() => String, { nullable: true, description: 'The e-mail address or phone number; null when printed' })
  address: string | null;

  @Field(() => ResourceListDeliveryStatus)
  status: ResourceListDeliveryStatus;

  @Field(() => String, { nullable: true, description: 'Why it failed' })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'The subject of the message as sent' })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'The text of the message as sent, in the list’s language' })
  body: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  /** Resolved through the per-request StaffLoader. */
  deliveredById: string | null;

  @Field(() => StaffModel, { nullable: true })
  deliveredBy?: StaffModel | null;

  static from(delivery: ResourceListDeliveryEntity): ResourceListDeliveryModel {
    return Object.assign(new ResourceListDeliveryModel(), {
      id: delivery.id,
      resourceListId: delivery.resourceListId,
      channel: delivery.channel,
      address: delivery.address,
      status: delivery.status,
      error: delivery.error,
      subject: delivery.subject,
      body: delivery.body,
      occurredAt: delivery.occurredAt,
      deliveredById: delivery.deliveredBy,
    });
  }
}
