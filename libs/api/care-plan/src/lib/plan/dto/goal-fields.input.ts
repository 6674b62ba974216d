import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, RequiredText, UnlessOmitted } from '@waymark/api/common';
import { GoalPriority, GoalStatus, LifeDomain, PLAN_ITEM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsEnum, IsOptional } from 'class-validator';
import { GoalPriority as GoalPriorityEnum, GoalStatus as GoalStatusEnum } from '../care-plan-enums';
import { LifeDomain as LifeDomainEnum } from '../../shared/life-domain.enum';

/** A goal as the worker writes it. No property initializers: the update input is a partial of this class. */
@InputType({ isAbstract: true })
export class GoalFields {
  @Field({ description: "In the client's own words" })
  @UnlessOmitted()
  @RequiredText(PLAN_ITEM_TEXT_MAX_LENGTH)
  statement: string;

  @Field(() => LifeDomainEnum)
  @UnlessOmitted()
  @IsEnum(LifeDomain, { message: 'domain must be a life domain' })
  domain: LifeDomain;

  @Field(() => GoalPriorityEnum)
  @UnlessOmitted()
  @IsEnum(GoalPriority, { message: 'priority must be a goal priority' })
  priority: GoalPriority;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'; not before the plan's effectiveOn" })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string | null;

  @Field(() => GoalStatusEnum, { nullable: true, description: 'IN_PROGRESS when left out' })
  @UnlessOmitted()
  @IsEnum(GoalStatus, { message: 'status must be a goal status' })
  status?: GoalStatus;
}
