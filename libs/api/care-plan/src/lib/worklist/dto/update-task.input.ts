import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText, RequiredText, UnlessOmitted } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH, TaskPriority } from '@waymark/shared/types';
import { IsEnum } from 'class-validator';
import '../task-enums';
import { TaskVersionInput } from './task-version.input';

/** Changes an open task's fields given; one left out stays as it is, null clears details. */
@InputType()
export class UpdateTaskInput extends TaskVersionInput {
  @Field({ nullable: true })
  @UnlessOmitted()
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  title?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  details?: string | null;

  @Field({ nullable: true, description: "Due, as 'YYYY-MM-DD'" })
  @UnlessOmitted()
  @IsCalendarDate()
  dueOn?: string;

  @Field(() => TaskPriority, { nullable: true })
  @UnlessOmitted()
  @IsEnum(TaskPriority, { message: 'priority must be a task priority' })
  priority?: TaskPriority;
}
