import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientModel } from '@waymark/api/client';
import { NextTaskLoader } from './next-task.loader';
import { TaskModel } from './task.model';

/** The worklist's part of a client, wherever a client appears: what is to be done next. */
@Resolver(() => ClientModel)
export class ClientNextTaskResolver {
  constructor(private readonly nextTasks: NextTaskLoader) {}

  @ResolveField('nextTask', () => TaskModel, {
    nullable: true,
    description: "The client's open task due soonest, whoever holds it; null when none, or for a client listed or matched that the caller may not open",
  })
  nextTask(@Parent() client: ClientModel) {
    return this.nextTasks.of(client.id);
  }
}
