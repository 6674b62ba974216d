import { Field, ID, InputType } from '@nestjs/graphql';
import { SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CarePlanFields } from './care-plan-fields.input';

/** Enough needs for any assessment; the cap keeps a request small. */
export const NEED_SOURCES_MAX = 50;

@InputType()
export class CreateCarePlanInput extends CarePlanFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId: string;

  @Field(() => ID, { nullable: true, description: "A plan template whose goals, objectives and interventions the draft starts with" })
  @IsOptional()
  @IsUUID('all', { message: 'templateId must be a plan template id' })
  templateId?: string | null;

  @Field(() => ID, { nullable: true, description: "A completed assessment of the client whose needs (needSources) seed goals" })
  @IsOptional()
  @IsUUID('all', { message: 'fromAssessmentId must be an assessment id' })
  fromAssessmentId?: string | null;

  @Field(() => [String], { nullable: true, description: "The `source` of each of the assessment's needs to turn into a goal" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NEED_SOURCES_MAX)
  @IsString({ each: true })
  @MaxLength(SHORT_TEXT_MAX_LENGTH, { each: true })
  needSources?: string[] | null;

  @Field(() => String, { nullable: true, description: "The language ('en' or 'es') the template's and needs' wording is copied in; English by default" })
  @IsOptional()
  @IsIn(['en', 'es'], { message: "language must be 'en' or 'es'" })
  language?: string | null;
}
