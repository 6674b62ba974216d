import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText, RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';

/** The enrollment's discharge plan as a whole: without a version it is the first one, with one a change to it. */
@InputType()
export class SaveDischargePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId: string;

  @Field(() => Int, { nullable: true, description: 'The version last seen; left out only when the enrollment has no plan yet' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field({ description: 'YYYY-MM-DD; not before the enrollment opened' })
  @IsCalendarDate()
  plannedOn: string;

  @Field({ description: 'Why the client is leaving: goals met, moving, choosing to end services…' })
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  reason: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  aftercare?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  continuingServices?: string | null;
}
