import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { CarePlanModule } from '../plan/plan.module';
import { GoalProgressResolver } from './goal-progress.resolver';
import { ProgressEntryEntity } from './progress-entry.entity';
import { ProgressQueryService } from './progress-query.service';
import { ProgressLoader } from './progress.loader';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

/** Progress entries on goals and objectives, and progress over time per goal. */
@Module({
  imports: [TypeOrmModule.forFeature([ProgressEntryEntity]), AuditModule, ClientModule, CarePlanModule],
  providers: [ProgressService, ProgressQueryService, ProgressLoader, ProgressResolver, GoalProgressResolver],
})
export class ProgressModule {}
