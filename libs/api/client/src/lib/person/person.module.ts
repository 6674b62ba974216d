import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { StaffModule } from '../staff/staff.module';
import { TimelineModule } from '../timeline/timeline.module';
import { ClientDuplicatesService } from './client-duplicates.service';
import { ClientIdentifierEntity } from './client-identifier.entity';
import { ClientIdentifierLoader } from './client-identifier.loader';
import { ClientIdentifierResolver } from './client-identifier.resolver';
import { ClientIdentifierService } from './client-identifier.service';
import { ClientMergeResolver } from './client-merge.resolver';
import { ClientMergeService } from './client-merge.service';
import { ClientNumbers } from './client-number.service';
import { ClientSearchResolver } from './client-search.resolver';
import { ClientSearchService } from './client-search.service';
import { ClientStatusChangeEntity } from './client-status-change.entity';
import { ClientStatusService } from './client-status.service';
import { ClientResolver } from './client.resolver';
import { ClientService } from './client.service';
import { IdentifierCipher } from './identifier-cipher';

/** The person served: intake, details, status, identifiers, finding people and merging duplicates. */
@Module({
  imports: [TypeOrmModule.forFeature([ClientIdentifierEntity, ClientStatusChangeEntity]), AccessModule, TimelineModule, StaffModule],
  providers: [
    IdentifierCipher,
    ClientNumbers,
    ClientService,
    ClientStatusService,
    ClientIdentifierService,
    ClientIdentifierLoader,
    ClientSearchService,
    ClientDuplicatesService,
    ClientMergeService,
    ClientResolver,
    ClientSearchResolver,
    ClientIdentifierResolver,
    ClientMergeResolver,
  ],
  exports: [ClientSearchService],
})
export class PersonModule {}
