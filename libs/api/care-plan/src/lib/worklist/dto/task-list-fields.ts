import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { DUE_WITHIN_DAYS_MAX, TASK_KINDS, TaskKind, TaskTiming } from '@waymark/shared/types';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import '../task-enums';

// The filters both `tasks(filter)` and `myTasks` take: one rule for each, whichever list asks.

/** Only tasks of these kinds. */
export const TaskKindsField = () =>
  applyDecorators(
    Field(() => [TaskKind], { nullable: true }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(TASK_KINDS.length),
    IsEnum(TaskKind, { each: true, message: 'kinds must be task kinds' }),
  );

/** Only open tasks overdue, due today or upcoming. */
export const TaskTimingField = (description?: string) =>
  applyDecorators(Field(() => TaskTiming, { nullable: true, description }), IsOptional(), IsEnum(TaskTiming, { message: 'timing must be a task timing' }));

/** Only tasks due within this many days of today (the agency's), overdue ones included. */
export const DueWithinDaysField = () =>
  applyDecorators(
    Field(() => Int, { nullable: true, description: `Only tasks due no later than this many days after today (overdue ones included), 1 to ${DUE_WITHIN_DAYS_MAX}` }),
    IsOptional(),
    IsInt({ message: 'dueWithinDays must be a whole number of days' }),
    Min(1, { message: `dueWithinDays must be 1 to ${DUE_WITHIN_DAYS_MAX}` }),
    Max(DUE_WITHIN_DAYS_MAX, { message: `dueWithinDays must be 1 to ${DUE_WITHIN_DAYS_MAX}` }),
  );
