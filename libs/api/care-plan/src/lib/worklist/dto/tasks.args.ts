import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { DUE_WITHIN_DAYS_MAX, TASK_KINDS, TaskKind, TaskStatus, TaskTiming } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import '../task-enums';

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

  @Field(() => TaskStatus, { nullable: true, description: 'OPEN unless given' })
  @IsOptional()
  @IsEnum(TaskStatus, { message: 'status must be a task status' })
  status?: TaskStatus | null;

  @Field(() => [TaskKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TASK_KINDS.length)
  @IsEnum(TaskKind, { each: true, message: 'kinds must be task kinds' })
  kinds?: TaskKind[] | null;

  @Field(() => TaskTiming, { nullable: true, description: 'Open tasks overdue, due today or upcoming' })
  @IsOptional()
  @IsEnum(TaskTiming, { message: 'timing must be a task timing' })
  timing?: TaskTiming | null;

  @Field(() => Int, { nullable: true, description: `Only tasks due no later than this many days after today (overdue ones included), 1 to ${DUE_WITHIN_DAYS_MAX}` })
  @IsOptional()
  @IsInt({ message: 'dueWithinDays must be a whole number of days' })
  @Min(1, { message: `dueWithinDays must be 1 to ${DUE_WITHIN_DAYS_MAX}` })
  @Max(DUE_WITHIN_DAYS_MAX, { message: `dueWithinDays must be 1 to ${DUE_WITHIN_DAYS_MAX}` })
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

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => TaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskFilter)
  filter?: TaskFilter | null;
}

@ArgsType()
export class MyTasksArgs extends PageArgs {
  @Field(() => TaskTiming, { nullable: true })
  @IsOptional()
  @IsEnum(TaskTiming, { message: 'timing must be a task timing' })
  timing?: TaskTiming | null;

  @Field(() => [TaskKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TASK_KINDS.length)
  @IsEnum(TaskKind, { each: true, message: 'kinds must be task kinds' })
  kinds?: TaskKind[] | null;

  @Field(() => Int, { nullable: true, description: `Only tasks due no later than this many days after today (overdue ones included), 1 to ${DUE_WITHIN_DAYS_MAX}` })
  @IsOptional()
  @IsInt({ message: 'dueWithinDays must be a whole number of days' })
  @Min(1, { message: `dueWithinDays must be 1 to ${DUE_WITHIN_DAYS_MAX}` })
  @Max(DUE_WITHIN_DAYS_MAX, { message: `dueWithinDays must be 1 to ${DUE_WITHIN_DAYS_MAX}` })
  dueWithinDays?: number | null;
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
