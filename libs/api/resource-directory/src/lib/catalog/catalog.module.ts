import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryScope } from './directory-scope';
import { DirectoryServices } from './directory-services';
import { OrganizationEntity } from './entities/organization.entity';
import { ServiceEntity } from './entities/service.entity';

/** Organizations, services and locations with their HSDS details, as directory admins keep them and everyone reads them. */
@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, ServiceEntity])],
  providers: [DirectoryScope, DirectoryServices],
  exports: [DirectoryScope, DirectoryServices],
})
export class CatalogModule {}
