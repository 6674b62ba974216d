import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Idempotent } from '@waymark/api/common';
import { CASE_WORK_ROLES } from '@waymark/shared/types';
import { RecordPersonDirectedPlanInput } from './dto/record-person-directed-plan.input';
import { PersonDirectedPlanModel } from './person-directed-plan.model';
import { PersonDirectedPlanService } from './person-directed-plan.service';

@Resolver(() => PersonDirectedPlanModel)
export class PersonDirectedPlanResolver {
  constructor(private readonly plans: PersonDirectedPlanService) {}

  @Mutation(() => PersonDirectedPlanModel, { description: 'Record a person-directed plan received; the implementation plan falls due by program rule' })
  @Allow(...CASE_WORK_ROLES)
  @Idempotent()
  recordPersonDirectedPlan(@Args('input') input: RecordPersonDirectedPlanInput) {
    return this.plans.record(input);
  }
}
