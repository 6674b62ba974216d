import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { StaffModule } from '../staff/staff.module';
import { TimelineModule } from '../timeline/timeline.module';

@Module({
  imports: [AccessModule, TimelineModule, StaffModule],
})
export class NoteModule {}
