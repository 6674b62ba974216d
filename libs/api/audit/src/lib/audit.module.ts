import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditFlushPlugin } from './audit-flush.plugin';
import { AuditQueryService } from './audit-query.service';
import { AuditResolver } from './audit.resolver';
import { AuditSealer } from './audit-sealer.service';
import { AuditTrail } from './audit-trail.service';
import { AuditVerifier } from './audit-verifier.service';
import { SystemContext } from './system-context';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditTrail, AuditFlushPlugin, AuditSealer, AuditVerifier, AuditQueryService, AuditResolver, SystemContext],
  exports: [AuditTrail, AuditSealer, AuditVerifier, SystemContext],
})
export class AuditModule {}
