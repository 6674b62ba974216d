import { Field, ID, InputType } from '@nestjs/graphql';
import { SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CarePlanVersionInput } from './care-plan-version.input';
import { NEED_SOURCES_MAX } from './create-care-plan.input';

/** Goals for needs a completed assessment found, one per need, at the end of a draft plan. */
@InputType()
export class AddGoalsFromNeedsInput extends CarePlanVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'assessmentId must be an assessment id' })
  assessmentId: string;

  @Field(() => [String], { description: "The `source` of each need to turn into a goal" })
  @IsArray()
  @ArrayMinSize(1, { message: 'needSources must name at least one need' })
  @ArrayMaxSize(NEED_SOURCES_MAX)
  @IsString({ each: true })
  @MaxLength(SHORT_TEXT_MAX_LENGTH, { each: true })
  needSources: string[];

  @Field(() => String, { nullable: true, description: "The language ('en' or 'es') the needs' wording is copied in; English by default" })
  @IsOptional()
  @IsIn(['en', 'es'], { message: "language must be 'en' or 'es'" })
  language?: string | null;
}
