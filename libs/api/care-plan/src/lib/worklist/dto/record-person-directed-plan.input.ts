import { Field, ID, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsUUID } from 'class-validator';

@InputType()
export class RecordPersonDirectedPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId: string;

  @Field({ description: "When the person-directed plan was received, as 'YYYY-MM-DD'; not in the future" })
  @IsCalendarDate()
  receivedOn: string;

  @Field(() => String, { nullable: true })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  note?: string | null;
}
