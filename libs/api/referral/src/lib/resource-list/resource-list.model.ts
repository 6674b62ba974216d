import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import { Connection } from '@waymark/api/common';
import { ResourceListLanguage, type Weekday } from '@waymark/shared/types';
import type { ResourceListEntity, ResourceListItem } from './resource-list.entity';
import { ResourceListDeliveryModel } from './delivery/resource-list-delivery.model';

registerEnumType(ResourceListLanguage, { name: 'ResourceListLanguage', description: 'The languages a resource list is written in: English or Spanish' });

@ObjectType('ResourceListOpening')
export class ResourceListOpeningModel {
  @Field(() => String, { description: 'RRULE weekday code: MO, TU, WE, TH, FR, SA, SU' })
  weekday: Weekday;

  @Field({ description: "'HH:MM', the service's local time" })
  opensAt: string;

  @Field()
  closesAt: string;

  @Field(() => String, { nullable: true })
  description: string | null;
}

/** A service as it was handed over; the directory may have changed since. */
@ObjectType('ResourceListItem')
export class ResourceListItemModel {
  @Field(() => ID, { description: 'The directory service it was copied from' })
  serviceId: string;

  @Field()
  serviceName: string;

  @Field()
  organizationName: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'The address on one line' })
  address: string | null;

  @Field(() => [ResourceListOpeningModel], { description: 'Weekly hours, Monday first' })
  hours: ResourceListOpeningModel[];

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Who the service is for, as the directory put it' })
  eligibility: string | null;

  @Field(() => String, { nullable: true, description: 'What it costs, as the directory put it' })
  fees: string | null;

  static from(item: ResourceListItem): ResourceListItemModel {
    return Object.assign(new ResourceListItemModel(), item, { hours: item.hours.map((opening) => Object.assign(new ResourceListOpeningModel(), opening)) });
  }
}

@ObjectType('ResourceList')
export class ResourceListModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  clientId: string;

  @Field(() => ResourceListLanguage)
  language: ResourceListLanguage;

  @Field(() => String, { nullable: true, description: 'The case manager’s personal note to the client' })
  note: string | null;

  @Field(() => [ResourceListItemModel], { description: 'The services, in the order chosen, as handed over' })
  items: ResourceListItemModel[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  /** Resolved through the per-request StaffLoader. */
  createdById: string | null;

  @Field(() => StaffModel, { nullable: true })
  createdBy?: StaffModel | null;

  @Field(() => [ResourceListDeliveryModel], { description: 'Every attempt to hand it over, oldest first' })
  deliveries?: ResourceListDeliveryModel[];

  static from(list: ResourceListEntity): ResourceListModel {
    return Object.assign(new ResourceListModel(), {
      id: list.id,
      version: list.version,
      clientId: list.clientId,
      language: list.language,
      note: list.note,
      items: list.items.map(ResourceListItemModel.from),
      createdAt: list.createdAt,
      createdById: list.createdBy,
    });
  }
}

@ObjectType()
export class ResourceListConnection extends Connection(ResourceListModel, 'ResourceList') {}
