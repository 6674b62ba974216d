import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { CatalogLoaders } from './catalog-loaders';
import { CatalogReader } from './catalog-reader.service';
import { CapacityRecorder } from './capacity-recorder.service';
import { DirectoryLocationResolver } from './directory-location.resolver';
import { DirectoryOrganizationResolver } from './directory-organization.resolver';
import { DirectoryScope } from './directory-scope';
import { DirectoryServiceResolver } from './directory-service.resolver';
import { DirectoryServices } from './directory-services';
import { DirectoryHandouts } from './directory-handouts';
import { LocationEditor } from './location-editor.service';
import { OrganizationEditor } from './organization-editor.service';
import { RecordDetails } from './record-details.service';
import { RecordWriter } from './record-writer';
import { ServiceEditor } from './service-editor.service';
import { AddressEntity } from './entities/address.entity';
import { CapacityUnitEntity } from './entities/capacity-unit.entity';
import { CostOptionEntity } from './entities/cost-option.entity';
import { LanguageEntity } from './entities/language.entity';
import { LocationEntity } from './entities/location.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { PhoneEntity } from './entities/phone.entity';
import { RequiredDocumentEntity } from './entities/required-document.entity';
import { ScheduleEntity } from './entities/schedule.entity';
import { ServiceAreaEntity } from './entities/service-area.entity';
import { ServiceAtLocationEntity } from './entities/service-at-location.entity';
import { ServiceCapacityEntity } from './entities/service-capacity.entity';
import { ServiceEntity } from './entities/service.entity';
import { ServiceTaxonomyEntity } from './entities/service-taxonomy.entity';

/** Organizations, services and locations with their HSDS details, as directory admins keep them and everyone reads them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      OrganizationEntity,
      ServiceEntity,
      LocationEntity,
      ServiceAtLocationEntity,
      AddressEntity,
      PhoneEntity,
      LanguageEntity,
      ScheduleEntity,
      RequiredDocumentEntity,
      CostOptionEntity,
      ServiceAreaEntity,
      ServiceTaxonomyEntity,
      CapacityUnitEntity,
      ServiceCapacityEntity,
    ]),
    TaxonomyModule,
    AuditModule,
  ],
  providers: [
    DirectoryScope,
    DirectoryServices,
    DirectoryHandouts,
    CatalogLoaders,
    CatalogReader,
    RecordDetails,
    RecordWriter,
    OrganizationEditor,
    ServiceEditor,
    LocationEditor,
    CapacityRecorder,
    DirectoryServiceResolver,
    DirectoryOrganizationResolver,
    DirectoryLocationResolver,
  ],
  exports: [DirectoryScope, DirectoryServices, DirectoryHandouts, TaxonomyModule],
})
export class CatalogModule {}
