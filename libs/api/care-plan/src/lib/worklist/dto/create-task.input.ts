import { Field, ID, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText, RequiredText } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH, TaskPriority, TaskSubject } from '@waymark/shared/types';
import { IsEnum, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import '../task-enums';

/** A task someone writes by hand (MANUAL): about a client or not, for themselves or, for a supervisor, anyone. */
@InputType()
export class CreateTaskInput {
  @Field()
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  title: string;

  @Field(() => String, { nullable: true })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  details?: string | null;

  @Field({ description: "Due, as 'YYYY-MM-DD'" })
  @IsCalendarDate()
  dueOn: string;

  @Field(() => TaskPriority, { defaultValue: TaskPriority.NORMAL })
  @IsEnum(TaskPriority, { message: 'priority must be a task priority' })
  priority: TaskPriority = TaskPriority.NORMAL;

  @Field(() => ID, { nullable: true, description: "Defaults to the caller; an API client's task without one waits in the supervisors' queue (unassigned)" })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the client's enrollments (the client is then taken from it)" })
  @IsOptional()
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId?: string | null;

  @Field(() => TaskSubject, { nullable: true, description: 'Give with subjectId' })
  @ValidateIf((input: CreateTaskInput) => input.subjectType != null || input.subjectId != null)
  @IsEnum(TaskSubject, { message: 'subjectType must be a task subject, given with subjectId' })
  subjectType?: TaskSubject | null;

  @Field(() => ID, { nullable: true })
  @ValidateIf((input: CreateTaskInput) => input.subjectType != null || input.subjectId != null)
  @IsUUID('all', { message: 'subjectId must be a record id, given with subjectType' })
  subjectId?: string | null;
}
