import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TraineeRole, TrainingStanding, TrainingTopic } from '@waymark/shared/types';
import './training-enums';

@ObjectType('CareTeamTrainingCell', { description: "One person's standing on one topic" })
export class CareTeamTrainingCellModel {
  @Field(() => TrainingTopic)
  topic: TrainingTopic;

  @Field(() => TrainingStanding)
  standing: TrainingStanding;

  @Field(() => String, { nullable: true, description: "Their latest training on the topic, 'YYYY-MM-DD'; null when never trained" })
  trainedOn: string | null;

  @Field(() => String, { nullable: true, description: "When it must be refreshed, 'YYYY-MM-DD'; null when never (or never trained)" })
  refreshDueOn: string | null;

  @Field(() => ID, { nullable: true })
  trainingId: string | null;

  @Field(() => ID, { nullable: true, description: 'The trainee row of that training (the subject of its refresher task)' })
  traineeId: string | null;
}

@ObjectType('CareTeamMemberStatus', { description: 'One person of the care team and their standing on each topic' })
export class CareTeamMemberStatusModel {
  @Field({ description: 'Who this is across records: the network contact, else the name' })
  personKey: string;

  @Field({ description: 'As named in their latest training' })
  name: string;

  @Field(() => TraineeRole)
  role: TraineeRole;

  @Field(() => ID, { nullable: true })
  contactId: string | null;

  @Field(() => [CareTeamTrainingCellModel], { description: "One cell per topic of the status's topics, in that order" })
  cells: CareTeamTrainingCellModel[];
}

@ObjectType('CareTeamTrainingStatus', { description: "The client's care team, topic by person" })
export class CareTeamTrainingStatusModel {
  @Field({ description: "The day the standings are counted from, 'YYYY-MM-DD'" })
  today: string;

  @Field(() => [TrainingTopic], { description: 'The topics any training of the client covered, in the order of TrainingTopic' })
  topics: TrainingTopic[];

  @Field(() => [CareTeamMemberStatusModel], { description: 'Everyone trained for the client (not taken off, not voided), by name' })
  members: CareTeamMemberStatusModel[];
}
