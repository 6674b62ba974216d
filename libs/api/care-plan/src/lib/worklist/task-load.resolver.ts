import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@waymark/api/common';
import { WORKLIST_OVERSEER_ROLES } from '@waymark/shared/types';
import { TaskLoadsArgs } from './dto/task-loads.args';
import { WorkerTaskLoadModel } from './task-load.model';
import { TaskLoadService } from './task-load.service';

@Resolver()
export class TaskLoadResolver {
  constructor(private readonly loads: TaskLoadService) {}

  @Query(() => [WorkerTaskLoadModel], { description: "Open, overdue and this week's tasks per worker, with the supervisors' queue first: supervision's balance" })
  @Allow(...WORKLIST_OVERSEER_ROLES)
  taskLoads(@Args() { programId }: TaskLoadsArgs) {
    return this.loads.byWorker(programId);
  }
}
