import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { PLAN_TEMPLATE_EDITOR_ROLES } from '@waymark/shared/types';
import { CreatePlanTemplateInput } from './dto/create-plan-template.input';
import { PlanTemplatesArgs } from './dto/plan-templates.args';
import { UpdatePlanTemplateInput } from './dto/update-plan-template.input';
import { PlanTemplateModel } from './plan-template.model';
import { PlanTemplateService } from './plan-template.service';

/** Plan templates: admins write them, every plan writer starts from them. */
@Resolver(() => PlanTemplateModel)
export class PlanTemplateResolver {
  constructor(private readonly templates: PlanTemplateService) {}

  @Query(() => [PlanTemplateModel], { description: "Templates offered for a program (and for every program), by name" })
  @AllowSignedIn()
  planTemplates(@Args() args: PlanTemplatesArgs) {
    return this.templates.list(args);
  }

  @Mutation(() => PlanTemplateModel)
  @Allow(...PLAN_TEMPLATE_EDITOR_ROLES)
  @Idempotent()
  createPlanTemplate(@Args('input') input: CreatePlanTemplateInput) {
    return this.templates.create(input);
  }

  @Mutation(() => PlanTemplateModel, { description: 'Plans already started from it keep their copy' })
  @Allow(...PLAN_TEMPLATE_EDITOR_ROLES)
  updatePlanTemplate(@Args('input') input: UpdatePlanTemplateInput) {
    return this.templates.update(input);
  }
}
