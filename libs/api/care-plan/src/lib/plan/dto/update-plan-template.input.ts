import { Field, ID, InputType, Int, IntersectionType, PartialType } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { PlanTemplateFields } from './plan-template-fields.input';

@InputType()
export class PlanTemplateVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'templateId must be a plan template id' })
  templateId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

/** Changes only the fields given; plans already started from the template keep their copy. */
@InputType()
export class UpdatePlanTemplateInput extends IntersectionType(
  PlanTemplateVersionInput,
  PartialType(PlanTemplateFields, { skipNullProperties: false, omitDefaultValues: true }),
) {}
