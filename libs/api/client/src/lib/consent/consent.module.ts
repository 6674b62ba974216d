import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { NetworkModule } from '../network/network.module';
import { StaffModule } from '../staff/staff.module';
import { TimelineModule } from '../timeline/timeline.module';
import { ClientRecordFacts } from '../shared/client-record-facts';
import { ConsentCheck } from './consent-check.service';
import { ConsentEntity } from './consent.entity';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';
import { PartnerAgencyResolver } from './partner-agency.resolver';

/** Releases of information, and the one check referrals and exports ask before sharing. */
@Module({
  imports: [TypeOrmModule.forFeature([ConsentEntity]), AccessModule, TimelineModule, StaffModule, NetworkModule],
  providers: [ConsentService, ConsentCheck, ConsentResolver, PartnerAgencyResolver, ClientRecordFacts],
  // ClientRecordFacts: the record, network and consents for the integration views (FHIR).
  exports: [ConsentCheck, ClientRecordFacts],
})
export class ConsentModule {}
