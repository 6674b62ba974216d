import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText, RequiredText, UnlessOmitted } from '@waymark/api/common';
import { PLAN_ITEM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsOptional } from 'class-validator';

/** A measurable objective. No property initializers: the update input is a partial of this class. */
@InputType({ isAbstract: true })
export class ObjectiveFields {
  @Field()
  @UnlessOmitted()
  @RequiredText(PLAN_ITEM_TEXT_MAX_LENGTH)
  description: string;

  @Field({ description: 'How progress is measured, e.g. "nights housed per month"' })
  @UnlessOmitted()
  @RequiredText(PLAN_ITEM_TEXT_MAX_LENGTH)
  measure: string;

  @Field(() => String, { nullable: true, description: 'Where the client starts' })
  @OptionalText(PLAN_ITEM_TEXT_MAX_LENGTH)
  baseline?: string | null;

  @Field()
  @UnlessOmitted()
  @RequiredText(PLAN_ITEM_TEXT_MAX_LENGTH)
  target: string;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'; not before the plan's effectiveOn" })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string | null;
}
