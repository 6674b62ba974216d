import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { IdentityModule } from '@waymark/api/identity';
import { WorklistModule } from '../worklist/worklist.module';
import { EmergencyCallEntity } from './emergency-call.entity';
import { EmergencyCallQueryService } from './emergency-call-query.service';
import { EmergencyCallResolver } from './emergency-call.resolver';
import { EmergencyCallService } from './emergency-call.service';
import { OnCallRosterQueryService } from './on-call-roster-query.service';
import { OnCallRosterResolver } from './on-call-roster.resolver';
import { OnCallRosterService } from './on-call-roster.service';
import { OnCallShiftEntity } from './on-call-shift.entity';

/** On call: the agency's roster, who answers the line now, and the emergency log with its morning follow-ups. */
@Module({
  imports: [TypeOrmModule.forFeature([OnCallShiftEntity, EmergencyCallEntity]), ClientModule, AuditModule, IdentityModule, WorklistModule],
  providers: [OnCallRosterService, OnCallRosterQueryService, OnCallRosterResolver, EmergencyCallService, EmergencyCallQueryService, EmergencyCallResolver],
})
export class OnCallModule {}
