import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { VoidCareTeamTrainingInput } from './void-care-team-training.input';

/** One person taken off a training (they were not there after all); their refresher is cancelled. */
@InputType()
export class RemoveCareTeamTraineeInput extends VoidCareTeamTrainingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'traineeId must be a trainee id' })
  traineeId: string;
}
