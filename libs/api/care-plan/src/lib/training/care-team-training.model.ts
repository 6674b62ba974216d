import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import { Connection } from '@waymark/api/common';
import { TraineeRole, TrainingTopic } from '@waymark/shared/types';
import type { CareTeamTraineeEntity } from './care-team-trainee.entity';
import type { CareTeamTrainingEntity } from './care-team-training.entity';
import './training-enums';

@ObjectType('CareTeamTrainee', { description: 'One person trained in a session' })
export class CareTeamTraineeModel {
  @Field(() => ID, { description: 'Their refresher task names this id as its subject' })
  id: string;

  @Field()
  name: string;

  @Field(() => TraineeRole)
  role: TraineeRole;

  @Field(() => ID, { nullable: true, description: "The person in the client's support network, when linked" })
  contactId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when they were taken off the training' })
  removedAt: Date | null;

  @Field(() => String, { nullable: true })
  removalReason: string | null;

  static from(trainee: CareTeamTraineeEntity): CareTeamTraineeModel {
    return Object.assign(new CareTeamTraineeModel(), {
      id: trainee.id,
      name: trainee.name,
      role: trainee.role,
      contactId: trainee.contactId,
      removedAt: trainee.removedAt,
      removalReason: trainee.removalReason,
    });
  }
}

@ObjectType('CareTeamTraining', { description: "A session training the people around a client on one of the client's needs" })
export class CareTeamTrainingModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => ID)
  clientId: string;

  @Field(() => TrainingTopic)
  topic: TrainingTopic;

  @Field({ description: 'What was covered' })
  description: string;

  @Field({ description: "'YYYY-MM-DD'" })
  trainedOn: string;

  /** Resolved through the per-request StaffLoader. */
  trainerId: string | null;

  @Field(() => StaffModel, { nullable: true, description: 'The worker of the agency who trained' })
  trainer?: StaffModel | null;

  @Field(() => String, { nullable: true, description: "An outside trainer's name" })
  trainerName: string | null;

  @Field(() => Int, { nullable: true, description: 'The interval the recorder gave; null when the topic’s default or a date applied' })
  refreshMonths: number | null;

  @Field(() => String, { nullable: true, description: "When the trainees must be refreshed, 'YYYY-MM-DD'; null when never" })
  refreshDueOn: string | null;

  recordedById: string;

  @Field(() => StaffModel, { nullable: true })
  recordedBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the record was voided; its refreshers were cancelled' })
  voidedAt: Date | null;

  @Field(() => String, { nullable: true })
  voidReason: string | null;

  @Field(() => [CareTeamTraineeModel], { description: 'Who was trained, in the order recorded, those taken off included' })
  trainees: CareTeamTraineeModel[];

  static from(training: CareTeamTrainingEntity, trainees: CareTeamTraineeEntity[]): CareTeamTrainingModel {
    return Object.assign(new CareTeamTrainingModel(), {
      id: training.id,
      version: training.version,
      clientId: training.clientId,
      topic: training.topic,
      description: training.description,
      trainedOn: training.trainedOn,
      trainerId: training.trainerId,
      trainerName: training.trainerName,
      refreshMonths: training.refreshMonths,
      refreshDueOn: training.refreshDueOn,
      recordedById: training.recordedBy,
      recordedAt: training.createdAt,
      voidedAt: training.voidedAt,
      voidReason: training.voidReason,
      trainees: trainees.map(CareTeamTraineeModel.from),
    });
  }
}

@ObjectType()
export class CareTeamTrainingConnection extends Connection(CareTeamTrainingModel, 'CareTeamTraining') {
  @Field(() => Int)
  totalCount: number;
}
