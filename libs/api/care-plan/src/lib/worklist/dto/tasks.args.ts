import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { FilterPageArgs, type Order, OrderByField, OrderInput, PageArgs } from '@waymark/api/common';
import { TaskKind, TaskStatus, TaskTiming } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import '../task-enums';
import { DueWithinDaysField, TaskKindsField, TaskTimingField } from './task-list-fields';

@InputType()
export class TaskFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the tasks of this enrollment (its follow-ups after discharge, say)' })
  @IsOptional()
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only the tasks of this program's enrollments" })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;

  @Field(() => TaskStatus, { nullable: true, description: 'OPEN unless given' })
  @IsOptional()
  @IsEnum(TaskStatus, { message: 'status must be a task status' })
  status?: TaskStatus | null;

  @TaskKindsField()
  kinds?: TaskKind[] | null;

  @TaskTimingField('Open tasks overdue, due today or upcoming')
  timing?: TaskTiming | null;

  @DueWithinDaysField()
  dueWithinDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only tasks escalated (true) or not (false)' })
  @IsOptional()
  @IsBoolean()
  escalated?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Only the supervisors' queue: tasks with no assignee" })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean | null;
}

/** What a task list can be ordered by (then by id). */
export const TaskOrderField = { DUE_ON: 'DUE_ON' } as const;
export type TaskOrderField = (typeof TaskOrderField)[keyof typeof TaskOrderField];
registerEnumType(TaskOrderField, { name: 'TaskOrderField', description: 'DUE_ON: the day the task is due' });

export const TaskOrder = OrderInput(TaskOrderField, 'TaskOrder', 'How tasks are ordered: soonest due first (DUE_ON ASC) unless given');

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => TaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskFilter)
  filter?: TaskFilter | null;

  @OrderByField(TaskOrder, 'DUE_ON ASC unless given')
  orderBy?: Order<TaskOrderField> | null;
}

@InputType('MyTaskFilter', { description: 'Which of my open tasks' })
export class MyTaskFilter {
  @TaskTimingField()
  timing?: TaskTiming | null;

  @TaskKindsField()
  kinds?: TaskKind[] | null;

  @DueWithinDaysField()
  dueWithinDays?: number | null;
}

@ArgsType()
export class MyTasksArgs extends FilterPageArgs(MyTaskFilter) {
  @OrderByField(TaskOrder, 'DUE_ON ASC unless given')
  orderBy?: Order<TaskOrderField> | null;
}

@ArgsType()
export class ClientTasksArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => TaskStatus, { nullable: true, description: 'Every status unless given' })
  @IsOptional()
  @IsEnum(TaskStatus, { message: 'status must be a task status' })
  status?: TaskStatus | null;
}
