import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH, PROGRESS_RATING_MAX, PROGRESS_RATING_MIN } from '@waymark/shared/types';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@InputType()
export class RecordProgressInput {
  @Field(() => ID, { description: 'The active plan' })
  @IsUUID('all', { message: 'carePlanId must be a care plan id' })
  carePlanId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'goalKey must be a goal key' })
  goalKey: string;

  @Field(() => ID, { nullable: true, description: 'An objective of the goal; left out: the goal as a whole' })
  @IsOptional()
  @IsUUID('all', { message: 'objectiveKey must be an objective key' })
  objectiveKey?: string | null;

  @Field(() => Int, { description: '1 lost ground, 2 no progress, 3 some progress, 4 good progress, 5 achieved' })
  @IsInt()
  @Min(PROGRESS_RATING_MIN, { message: `rating must be ${PROGRESS_RATING_MIN} to ${PROGRESS_RATING_MAX}` })
  @Max(PROGRESS_RATING_MAX, { message: `rating must be ${PROGRESS_RATING_MIN} to ${PROGRESS_RATING_MAX}` })
  rating: number;

  @Field(() => String, { nullable: true })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  note?: string | null;

  @Field({ description: "The day progress was seen, 'YYYY-MM-DD'; not in the future" })
  @IsCalendarDate()
  recordedOn: string;

  @Field(() => ID, { nullable: true, description: 'A case note of the same client the progress was seen in' })
  @IsOptional()
  @IsUUID('all', { message: 'caseNoteId must be a case note id' })
  caseNoteId?: string | null;
}
