import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { WorklistModule } from '../worklist/worklist.module';
import { CareTeamRefreshers } from './care-team-refreshers';
import { CareTeamTraineeEntity } from './care-team-trainee.entity';
import { CareTeamTrainingEntity } from './care-team-training.entity';
import { CareTeamTrainingQueryService } from './care-team-training-query.service';
import { CareTeamTrainingResolver } from './care-team-training.resolver';
import { CareTeamTrainingService } from './care-team-training.service';

/** Care-team training on a client's needs, its refreshers on the worklist, and the team's status. */
@Module({
  imports: [TypeOrmModule.forFeature([CareTeamTrainingEntity, CareTeamTraineeEntity]), AuditModule, ClientModule, WorklistModule],
  providers: [CareTeamTrainingService, CareTeamTrainingQueryService, CareTeamRefreshers, CareTeamTrainingResolver],
})
export class TrainingModule {}
