import { Field, ID, InputType } from '@nestjs/graphql';
import { OptionalText, RequiredText, UnlessOmitted } from '@waymark/api/common';
import { InterventionResponsible, PLAN_ITEM_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { InterventionResponsible as ResponsibleEnum } from '../care-plan-enums';

/** What is done, by whom, how often. No property initializers: the update input is a partial of this class. */
@InputType({ isAbstract: true })
export class InterventionFields {
  @Field()
  @UnlessOmitted()
  @RequiredText(PLAN_ITEM_TEXT_MAX_LENGTH)
  description: string;

  @Field(() => ResponsibleEnum)
  @UnlessOmitted()
  @IsEnum(InterventionResponsible, { message: 'responsible must be who carries it out' })
  responsible: InterventionResponsible;

  @Field(() => String, { nullable: true, description: 'The person or provider, by name' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  responsibleName?: string | null;

  @Field(() => String, { nullable: true, description: 'How often, e.g. "weekly"' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  frequency?: string | null;

  @Field(() => ID, { nullable: true, description: 'An objective of the same goal it serves; null: the goal as a whole' })
  @IsOptional()
  @IsUUID('all', { message: 'objectiveId must be an objective id' })
  objectiveId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The referral that carries it out, when responsible is REFERRAL' })
  @IsOptional()
  @IsUUID('all', { message: 'referralId must be a referral id' })
  referralId?: string | null;
}
