import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientEntity } from '../person/client.entity';
import { ClientAccessGrantEntity } from './client-access-grant.entity';
import { ClientAccess } from './client-access.service';
import { ClientGate } from './client-gate';
import { ClientNames } from './client-names.loader';
import { ClientVisibility } from './client-visibility';
import { AuditEventClientResolver } from './audit-event-client.resolver';
import { AuditClientNames } from './audit-client-names';
import { EmergencyAccess } from './emergency-access.service';
import { EmergencyAccessResolver } from './emergency-access.resolver';
import { ClientSettingsEntity } from './client-settings.entity';
import { ClientSettingsResolver } from './client-settings.resolver';
import { ClientSettingsService } from './client-settings.service';

/** Who may open which client, and the agency's client-record settings. */
@Module({
  imports: [TypeOrmModule.forFeature([ClientEntity, ClientSettingsEntity, ClientAccessGrantEntity]), AuditModule],
  providers: [
    ClientAccess,
    ClientGate,
    ClientNames,
    ClientVisibility,
    ClientSettingsService,
    ClientSettingsResolver,
    EmergencyAccess,
    EmergencyAccessResolver,
    AuditEventClientResolver,
    AuditClientNames,
  ],
  exports: [ClientAccess, ClientGate, ClientNames, ClientVisibility, ClientSettingsService, AuditModule],
})
export class AccessModule {}
