import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { AnswerValue } from '@waymark/shared/types';
import { GraphQLJSON } from 'graphql-scalars';
import { LocalizedTextModel } from '../shared/localized-text.model';
import { AssessmentModel } from './assessment.model';

@ObjectType('AnswerChange', { description: 'A question answered differently (or only once) in the two assessments' })
export class AnswerChangeModel {
  @Field({ description: 'The question key' })
  question: string;

  @Field(() => LocalizedTextModel)
  label: LocalizedTextModel;

  @Field(() => GraphQLJSON, { nullable: true })
  before: AnswerValue | null;

  @Field(() => GraphQLJSON, { nullable: true })
  after: AnswerValue | null;
}

@ObjectType('ScoreChange', { description: "A scoring rule's total in each assessment (null where it has no such rule)" })
export class ScoreChangeModel {
  @Field()
  key: string;

  @Field(() => LocalizedTextModel)
  label: LocalizedTextModel;

  @Field(() => Float, { nullable: true })
  before: number | null;

  @Field(() => Float, { nullable: true })
  after: number | null;
}

@ObjectType('AssessmentComparison')
export class AssessmentComparisonModel {
  @Field(() => AssessmentModel)
  current: AssessmentModel;

  @Field(() => AssessmentModel, { nullable: true, description: 'Null when the client has no earlier completed one of the instrument' })
  previous: AssessmentModel | null;

  @Field(() => [AnswerChangeModel], { description: "In the current instrument's question order" })
  changes: AnswerChangeModel[];

  @Field(() => [ScoreChangeModel])
  scores: ScoreChangeModel[];
}
