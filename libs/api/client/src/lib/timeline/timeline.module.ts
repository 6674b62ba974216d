import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { StaffModule } from '../staff/staff.module';
import { TimelineEntryEntity } from './timeline-entry.entity';
import { TimelineQueryService } from './timeline-query.service';
import { TimelineResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';

/** The client's single story: every context writes it through TimelineService; the profile reads it. */
@Module({
  imports: [TypeOrmModule.forFeature([TimelineEntryEntity]), AccessModule, StaffModule],
  providers: [TimelineService, TimelineQueryService, TimelineResolver],
  exports: [TimelineService],
})
export class TimelineModule {}
