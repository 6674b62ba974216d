import { Module } from '@nestjs/common';
import { CatalogModule } from './catalog/catalog.module';
import { HsdsModule } from './hsds/hsds.module';
import { HsdsApiModule } from './hsds-api/hsds-api.module';
import { DirectorySearchModule } from './search/directory-search.module';

/** The resource-directory context: the community services a case manager can connect a client to (Open Referral HSDS). */
@Module({
  imports: [CatalogModule, DirectorySearchModule, HsdsModule, HsdsApiModule],
  exports: [CatalogModule],
})
export class ResourceDirectoryModule {}
