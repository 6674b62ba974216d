import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText, RequiredText } from '@waymark/api/common';
import { AcknowledgementMethod, MEDIUM_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsEnum } from 'class-validator';
import { AcknowledgementMethod as AcknowledgementMethodEnum } from '../care-plan-enums';
import { CarePlanVersionInput } from './care-plan-version.input';

/** The client's acknowledgement of their plan, as it happened. */
@InputType()
export class AcknowledgeCarePlanInput extends CarePlanVersionInput {
  @Field({ description: "The day, 'YYYY-MM-DD': not in the future, not before the plan's effectiveOn" })
  @IsCalendarDate()
  on: string;

  @Field(() => AcknowledgementMethodEnum)
  @IsEnum(AcknowledgementMethod, { message: 'method must be SIGNATURE or VERBAL' })
  method: AcknowledgementMethod;

  @Field({ description: 'Who acknowledged: the client, or their guardian or representative, by name' })
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  by: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  note?: string | null;
}
