import { Injectable } from '@nestjs/common';
import { groupedBy, requestLoader } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { ResourceListDeliveryEntity } from './resource-list-delivery.entity';
import { ResourceListDeliveryModel } from './resource-list-delivery.model';

const LOADER = Symbol('referral.resourceListDeliveries');

/** The deliveries of the lists a page shows, oldest first, in one query per request. */
@Injectable()
export class ResourceListDeliveriesLoader {
  constructor(
    private readonly tenant: TenantScope,
    private readonly cls: ClsService,
  ) {}

  load(resourceListId: string): Promise<ResourceListDeliveryModel[]> {
    return requestLoader<string, ResourceListDeliveryModel[]>(this.cls, LOADER, async (ids) => {
      const rows = await this.tenant.repository(ResourceListDeliveryEntity).find({ where: { resourceListId: In([...ids]) }, order: { occurredAt: 'ASC', id: 'ASC' } });
      return groupedBy(ids, rows, (row) => row.resourceListId).map((group) => group.map(ResourceListDeliveryModel.from));
    }).load(resourceListId);
  }
}
