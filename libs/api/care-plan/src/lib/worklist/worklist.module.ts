import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { IdentityModule } from '@waymark/api/identity';
import { ReferralsModule } from '@waymark/api/referral';
import { InstrumentModule } from '../instrument/instrument.module';
import { ClientNextTaskResolver } from './client-next-task.resolver';
import { ClientWorker } from './client-worker';
import { DeadlineFacts } from './deadline-facts';
import { DeadlinePlanner } from './deadline-planner';
import { FundApprovalListener } from './fund-approval-listener';
import { EmergencyAccessReview } from './emergency-access-review';
import { GeneratedTasks } from './generated-tasks';
import { NextTaskLoader } from './next-task.loader';
import { PersonDirectedPlanEntity } from './person-directed-plan.entity';
import { PersonDirectedPlanResolver } from './person-directed-plan.resolver';
import { PersonDirectedPlanService } from './person-directed-plan.service';
import { RecordTasks } from './record-tasks';
import { TaskAssignees } from './task-assignees';
import { TaskSubjects } from './task-subjects';
import { TaskEntity } from './task.entity';
import { TaskFactsLoader } from './task-facts.loader';
import { TaskLoadResolver } from './task-load.resolver';
import { TaskLoadService } from './task-load.service';
import { TaskQueryService } from './task-query.service';
import { TaskResolver } from './task.resolver';
import { TaskService } from './task.service';
import { WorkSummaryService } from './work-summary.service';
import { WorklistListeners } from './worklist-listeners';
import { WorklistSweep } from './worklist-sweep';

/** The worklist: tasks, the deadlines program rules generate, and overdue escalation on the job queue. */
@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity, PersonDirectedPlanEntity]), ClientModule, AuditModule, IdentityModule, InstrumentModule, ReferralsModule],
  providers: [
    TaskService,
    TaskQueryService,
    TaskAssignees,
    TaskSubjects,
    TaskFactsLoader,
    WorkSummaryService,
    TaskLoadService,
    TaskLoadResolver,
    TaskResolver,
    NextTaskLoader,
    ClientNextTaskResolver,
    PersonDirectedPlanService,
    PersonDirectedPlanResolver,
    DeadlineFacts,
    GeneratedTasks,
    DeadlinePlanner,
    WorklistListeners,
    FundApprovalListener,
    EmergencyAccessReview,
    WorklistSweep,
    RecordTasks,
    ClientWorker,
  ],
  exports: [DeadlinePlanner, WorklistSweep, RecordTasks, ClientWorker],
})
export class WorklistModule {}
