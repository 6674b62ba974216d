import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText, UnlessOmitted } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsOptional } from 'class-validator';

/** A plan's own fields. No property initializers: the update input is a partial of this class. */
@InputType({ isAbstract: true })
export class CarePlanFields {
  @Field({ description: "When the plan takes effect, 'YYYY-MM-DD'; no goal or objective may be due before it" })
  @UnlessOmitted()
  @IsCalendarDate()
  effectiveOn: string;

  @Field(() => String, { nullable: true, description: "When it is due for review; left empty, approval sets it from the program's review months" })
  @IsOptional()
  @IsCalendarDate()
  reviewDueOn?: string | null;

  @Field(() => String, { nullable: true, description: "The client's vision for their life, in their words" })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  clientVision?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  strengths?: string | null;
}
