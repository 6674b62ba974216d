import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText, RequiredText } from '@waymark/api/common';
import { NAME_MAX_LENGTH, TRAINEES_MAX, TRAINING_DESCRIPTION_MAX_LENGTH, TRAINING_REFRESH_MONTHS_MAX, TrainingTopic } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { TraineeInput } from './trainee.input';

/** A training session on a client's needs. The trainer is a worker of the agency or an outside trainer's name, one of the two. */
@InputType()
export class RecordCareTeamTrainingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => TrainingTopic)
  @IsEnum(TrainingTopic, { message: 'topic must be a training topic' })
  topic: TrainingTopic;

  @Field({ description: 'What was covered' })
  @RequiredText(TRAINING_DESCRIPTION_MAX_LENGTH)
  description: string;

  @Field({ description: "When, as 'YYYY-MM-DD'; not in the future" })
  @IsCalendarDate()
  trainedOn: string;

  @Field(() => ID, { nullable: true, description: 'The worker of the agency who trained' })
  @IsOptional()
  @IsUUID('all', { message: 'trainerId must be a user id' })
  trainerId?: string | null;

  @Field(() => String, { nullable: true, description: "An outside trainer's name (a pharmacist, a behaviour analyst)" })
  @OptionalText(NAME_MAX_LENGTH)
  trainerName?: string | null;

  @Field(() => [TraineeInput], { description: `Who was trained: 1 to ${TRAINEES_MAX} people` })
  @IsArray()
  @ArrayMinSize(1, { message: 'trainees must name at least one person' })
  @ArrayMaxSize(TRAINEES_MAX, { message: `trainees must name at most ${TRAINEES_MAX} people` })
  @ValidateNested({ each: true })
  @Type(() => TraineeInput)
  trainees: TraineeInput[];

  @Field(() => Int, { nullable: true, description: "Refresh after this many months; the topic's default when neither this nor refreshDueOn is given" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(TRAINING_REFRESH_MONTHS_MAX)
  refreshMonths?: number | null;

  @Field(() => String, { nullable: true, description: "Refresh by this date, 'YYYY-MM-DD', on or after the training" })
  @IsOptional()
  @IsCalendarDate()
  refreshDueOn?: string | null;
}
