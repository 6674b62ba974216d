import { Field, ID, InputType } from '@nestjs/graphql';
import { IsCalendarDate, RequiredText } from '@waymark/api/common';
import { CORRECTIVE_ACTION_MAX } from '@waymark/shared/types';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class AssignCorrectiveActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'chartId must be an audited chart id' })
  chartId: string;

  @Field(() => String, { nullable: true, description: 'The checklist item it puts right' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  itemKey?: string | null;

  @Field({ description: 'What the worker must do' })
  @RequiredText(CORRECTIVE_ACTION_MAX)
  what: string;

  @Field(() => ID, { nullable: true, description: 'Left out: the chart’s worker' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string | null;

  @Field({ description: "'YYYY-MM-DD'" })
  @IsCalendarDate()
  dueOn: string;
}
