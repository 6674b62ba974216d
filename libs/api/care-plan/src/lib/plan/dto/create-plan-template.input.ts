import { InputType } from '@nestjs/graphql';
import { PlanTemplateFields } from './plan-template-fields.input';

@InputType()
export class CreatePlanTemplateInput extends PlanTemplateFields {}
