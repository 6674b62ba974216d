import { Module } from '@nestjs/common';
import { AuditModule } from '@waymark/api/audit';
import { CarePlanningModule } from '@waymark/api/care-plan';
import { IdentityModule } from '@waymark/api/identity';
import { ClientModule } from '@waymark/api/client';
import { ReferralsModule } from '@waymark/api/referral';
import { FhirExceptionFilter } from './fhir-exception.filter';
import { FhirRecords } from './fhir-records.service';
import { FhirSystems } from './fhir-systems';
import { FhirController } from './fhir.controller';

/** FHIR R4 JSON views of a client and their work, read through the domain contexts' exported facts. */
@Module({
  imports: [ClientModule, CarePlanningModule, ReferralsModule, AuditModule, IdentityModule],
  providers: [FhirRecords, FhirSystems, FhirExceptionFilter],
  controllers: [FhirController],
})
export class FhirModule {}
