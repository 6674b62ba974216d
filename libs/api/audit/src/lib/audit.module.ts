import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventFacts } from './audit-event-facts';
import { ApiCallAudit } from './api-call-audit.service';
import { AuditFlushPlugin } from './audit-flush.plugin';
import { AuditNames } from './audit-names';
import { AuditQueryService } from './audit-query.service';
import { AuditResolver } from './audit.resolver';
import { AuditSealer } from './audit-sealer.service';
import { AuditTrail } from './audit-trail.service';
import { AuditVerifier } from './audit-verifier.service';
import { SystemContext } from './system-context';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditTrail, ApiCallAudit, AuditFlushPlugin, AuditSealer, AuditVerifier, AuditQueryService, AuditResolver, SystemContext, AuditNames, AuditEventFacts],
  exports: [AuditTrail, ApiCallAudit, AuditSealer, AuditVerifier, SystemContext, AuditNames, AuditEventFacts],
})
export class AuditModule {}
