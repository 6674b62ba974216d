import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { AppConfig } from '@waymark/api/common';
import { ResourceDirectoryModule } from '@waymark/api/resource-directory';
import { configuredDelivery } from './delivery/configured-delivery';
import { MESSAGE_DELIVERY } from './delivery/message-delivery';
import { ResourceListDeliveriesLoader } from './delivery/resource-list-deliveries.loader';
import { ResourceListDeliveryEntity } from './delivery/resource-list-delivery.entity';
import { ResourceListDeliveryResolver } from './delivery/resource-list-delivery.resolver';
import { ResourceListDeliveryService } from './delivery/resource-list-delivery.service';
import { ResourceListQueryService } from './resource-list-query.service';
import { ResourceListEntity } from './resource-list.entity';
import { ResourceListResolver } from './resource-list.resolver';
import { ResourceListService } from './resource-list.service';

/** Resource lists: directory services handed to a client, printed or sent to them through the configured MessageDelivery. */
@Module({
  imports: [TypeOrmModule.forFeature([ResourceListEntity, ResourceListDeliveryEntity]), ClientModule, AuditModule, ResourceDirectoryModule],
  providers: [
    { provide: MESSAGE_DELIVERY, useFactory: configuredDelivery, inject: [AppConfig] },
    ResourceListService,
    ResourceListQueryService,
    ResourceListDeliveryService,
    ResourceListDeliveriesLoader,
    ResourceListResolver,
    ResourceListDeliveryResolver,
  ],
})
export class ResourceListModule {}
