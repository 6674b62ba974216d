import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TimelineEntryEntity } from './timeline-entry.entity';
import { TimelineService } from './timeline.service';

/** The client's single story. Its query (with access and audit) is added by the timeline work. */
@Module({
  imports: [TypeOrmModule.forFeature([TimelineEntryEntity])],
  providers: [TimelineService],
  exports: [TimelineService],
})
export class TimelineModule {}
