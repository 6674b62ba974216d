import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { TimelineModule } from '../timeline/timeline.module';

@Module({
  imports: [AccessModule, TimelineModule],
})
export class NetworkModule {}
