import { Field, InputType } from '@nestjs/graphql';
import { IsObject } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { AssessmentVersionInput } from './assessment-version.input';

@InputType()
export class SaveAssessmentAnswersInput extends AssessmentVersionInput {
  @Field(() => GraphQLJSON, { description: 'Answers by question key, merged into the saved ones; null clears an answer' })
  @IsObject({ message: 'answers must be an object of answers by question key' })
  answers: Record<string, unknown>;
}
