import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import { type Answers, AssessmentStatus, findNeeds, type InstrumentDefinition, missingRequired, scoreAnswers } from '@waymark/shared/types';
import { GraphQLJSON } from 'graphql-scalars';
import { InstrumentModel } from '../instrument/instrument.model';
import { AssessmentNeedModel, AssessmentScoreModel } from './assessment-result.model';
import type { AssessmentEntity } from './assessment.entity';

registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'IN_PROGRESS (saved as it goes), COMPLETED (locked), SUPERSEDED (replaced by a completed correction)',
});

@ObjectType('Assessment')
export class AssessmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => ID)
  clientId: string;

  @Field(() => ID, { nullable: true })
  enrollmentId: string | null;

  @Field(() => ID)
  instrumentId: string;

  @Field(() => InstrumentModel, { description: 'The instrument revision it is answered on' })
  instrument?: InstrumentModel;

  @Field(() => AssessmentStatus)
  status: AssessmentStatus;

  @Field(() => GraphQLJSON, { description: 'Answers by question key' })
  answers: Answers;

  @Field(() => [String], { description: 'Required questions asked and not yet answered (empty once completed)' })
  missingRequired: string[];

  @Field(() => [AssessmentScoreModel], { description: 'As completed; for a draft, as the answers stand' })
  scores: AssessmentScoreModel[];

  @Field(() => [AssessmentNeedModel], { description: 'As completed; for a draft, as the answers stand' })
  needs: AssessmentNeedModel[];

  /** Resolved through the per-request StaffLoader. */
  startedById: string | null;

  completedById: string | null;

  @Field(() => StaffModel, { nullable: true })
  startedBy?: StaffModel | null;

  @Field(() => StaffModel, { nullable: true })
  completedBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The day it was done (YYYY-MM-DD)' })
  completedOn: string | null;

  @Field(() => String, { nullable: true, description: "When the enrollment's program wants it renewed (YYYY-MM-DD)" })
  nextDueOn: string | null;

  @Field(() => ID, { nullable: true, description: 'The completed assessment this one corrects; completing it supersedes that one' })
  correctsId: string | null;

  @Field(() => String, { nullable: true })
  correctionReason: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  /** A completed assessment shows what it was completed with; a draft, what its answers give now. */
  static from(row: AssessmentEntity, definition: InstrumentDefinition): AssessmentModel {
    const draft = row.status === AssessmentStatus.IN_PROGRESS;
    return Object.assign(new AssessmentModel(), {
      id: row.id,
      version: row.version,
      clientId: row.clientId,
      enrollmentId: row.enrollmentId,
      instrumentId: row.instrumentId,
      status: row.status,
      answers: row.answers,
      missingRequired: draft ? missingRequired(definition, row.answers) : [],
      scores: (draft ? scoreAnswers(definition, row.answers) : (row.scores ?? [])).map(AssessmentScoreModel.from),
      needs: (draft ? findNeeds(definition, row.answers) : (row.needs ?? [])).map(AssessmentNeedModel.from),
      startedById: row.startedBy,
      completedById: row.completedBy,
      completedAt: row.completedAt,
      completedOn: row.completedOn,
      nextDueOn: row.nextDueOn,
      correctsId: row.correctsId,
      correctionReason: row.correctionReason,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }
}
