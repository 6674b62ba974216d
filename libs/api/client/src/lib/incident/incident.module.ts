import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { StaffModule } from '../staff/staff.module';
import { TimelineModule } from '../timeline/timeline.module';
import { IncidentEntity } from './incident.entity';
import { IncidentQueryService } from './incident-query.service';
import { IncidentResolver } from './incident.resolver';
import { IncidentService } from './incident.service';

/** Critical incident reports and their supervisor review. */
@Module({
  imports: [TypeOrmModule.forFeature([IncidentEntity]), AccessModule, TimelineModule, StaffModule],
  providers: [IncidentService, IncidentQueryService, IncidentResolver],
})
export class IncidentModule {}
