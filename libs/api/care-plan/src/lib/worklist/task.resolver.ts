import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientNames, StaffLoader, StaffModel } from '@waymark/api/client';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { CLIENT_WRITER_ROLES, TaskSubject, WORKLIST_OVERSEER_ROLES } from '@waymark/shared/types';
import { CancelTaskInput } from './dto/cancel-task.input';
import { CompleteTaskInput } from './dto/complete-task.input';
import { CreateTaskInput } from './dto/create-task.input';
import { ReassignTaskInput } from './dto/reassign-task.input';
import { ClientTasksArgs, MyTasksArgs, TasksArgs } from './dto/tasks.args';
import { UpdateTaskInput } from './dto/update-task.input';
import { InstrumentLoader } from '../instrument/instrument.loader';
import { TaskFactsLoader } from './task-facts.loader';
import { TaskConnection, TaskClientModel, TaskModel } from './task.model';
import { TaskQueryService } from './task-query.service';
import { TaskService } from './task.service';
import { WorkSummaryService } from './work-summary.service';
import { WorkerOverdueModel, WorkSummaryModel } from './work-summary.model';

/** The worklist: tasks people write and the ones program rules generate. */
@Resolver(() => TaskModel)
export class TaskResolver {
  constructor(
    private readonly service: TaskService,
    private readonly queries: TaskQueryService,
    private readonly summaries: WorkSummaryService,
    private readonly staff: StaffLoader,
    private readonly clients: ClientNames,
    private readonly facts: TaskFactsLoader,
    private readonly instruments: InstrumentLoader,
  ) {}

  @Query(() => TaskConnection, { description: 'My open tasks, soonest due first' })
  @AllowSignedIn()
  myTasks(@Args() args: MyTasksArgs) {
    return this.queries.myTasks(args.withCriteria());
  }

  @Query(() => TaskConnection, { description: "Tasks, soonest due first: supervisors and admins everyone's, others their own and their caseload's" })
  @AllowSignedIn()
  tasks(@Args() args: TasksArgs) {
    return this.queries.list(args);
  }

  @Query(() => [TaskModel], { description: "A client's tasks: open ones soonest due first, then closed ones" })
  @AllowSignedIn()
  clientTasks(@Args() args: ClientTasksArgs) {
    return this.queries.forClient(args);
  }

  @Query(() => WorkSummaryModel, { description: 'My day at a glance' })
  @AllowSignedIn()
  workSummary() {
    return this.summaries.mine();
  }

  @Query(() => [WorkerOverdueModel], { description: 'Overdue work per worker, the most overdue first' })
  @Allow(...WORKLIST_OVERSEER_ROLES)
  overdueByWorker() {
    return this.summaries.overdueByWorker();
  }

  @Mutation(() => TaskModel, { description: 'Write a task by hand, for yourself (or, as a supervisor, for anyone)' })
  @Allow(...CLIENT_WRITER_ROLES)
  @Idempotent()
  createTask(@Args('input') input: CreateTaskInput) {
    return this.service.create(input);
  }

  @Mutation(() => TaskModel, { description: 'Change an open task' })
  @Allow(...CLIENT_WRITER_ROLES)
  updateTask(@Args('input') input: UpdateTaskInput) {
    return this.service.update(input);
  }

  @Mutation(() => TaskModel)
  @Allow(...CLIENT_WRITER_ROLES)
  completeTask(@Args('input') input: CompleteTaskInput) {
    return this.service.complete(input);
  }

  @Mutation(() => TaskModel)
  @Allow(...CLIENT_WRITER_ROLES)
  cancelTask(@Args('input') input: CancelTaskInput) {
    return this.service.cancel(input);
  }

  @Mutation(() => TaskModel, { description: 'Give an open task to another worker' })
  @Allow(...WORKLIST_OVERSEER_ROLES)
  reassignTask(@Args('input') input: ReassignTaskInput) {
    return this.service.reassign(input);
  }

  @ResolveField('assignee', () => StaffModel, { nullable: true })
  assignee(@Parent() task: TaskModel) {
    return this.staff.load(task.assigneeId);
  }

  @ResolveField('completedBy', () => StaffModel, { nullable: true })
  completedBy(@Parent() task: TaskModel) {
    return this.staff.load(task.completedById);
  }

  @ResolveField('client', () => TaskClientModel, { nullable: true })
  client(@Parent() task: TaskModel) {
    return this.clients.load(task.clientId);
  }

  @ResolveField('programName', () => String, { nullable: true })
  programName(@Parent() task: TaskModel) {
    return task.enrollmentId ? this.facts.programName(task.enrollmentId) : null;
  }

  @ResolveField('instrumentName', () => String, { nullable: true })
  instrumentName(@Parent() task: TaskModel) {
    return task.instrumentCode ? this.instruments.nameOfCode(task.instrumentCode) : null;
  }

  @ResolveField('referralLabel', () => String, { nullable: true })
  referralLabel(@Parent() task: TaskModel) {
    return task.subjectType === TaskSubject.REFERRAL && task.subjectId ? this.facts.referralLabel(task.subjectId) : null;
  }
}
