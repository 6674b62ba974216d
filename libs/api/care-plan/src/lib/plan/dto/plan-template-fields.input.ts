import { Field, ID, InputType } from '@nestjs/graphql';
import { OptionalText, RequiredText, UnlessOmitted } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH, type PlanTemplateGoal, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsBoolean, IsDefined, IsOptional, IsUUID } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';

/** A template as an admin writes it. No property initializers: the update input is a partial of this class. */
@InputType({ isAbstract: true })
export class PlanTemplateFields {
  @Field(() => ID, { nullable: true, description: 'The program it is offered for; null: every program' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;

  @Field()
  @UnlessOmitted()
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  name: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  description?: string | null;

  @Field(() => GraphQLJSON, { description: 'PlanTemplateGoal[]; each problem is named by its path (goals.0.statement)' })
  @UnlessOmitted()
  @IsDefined({ message: 'goals must be given' })
  goals: PlanTemplateGoal[];

  @Field(() => Boolean, { nullable: true, description: 'Offered to plan writers; true when left out' })
  @UnlessOmitted()
  @IsBoolean()
  active?: boolean;
}
