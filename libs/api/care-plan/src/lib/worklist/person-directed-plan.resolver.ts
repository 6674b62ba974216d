import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AllowSignedIn } from '@waymark/api/common';
import { RecordPersonDirectedPlanInput } from './dto/record-person-directed-plan.input';
import { PersonDirectedPlanModel } from './person-directed-plan.model';
import { PersonDirectedPlanService } from './person-directed-plan.service';

@Resolver(() => PersonDirectedPlanModel)
export class PersonDirectedPlanResolver {
  constructor(private readonly plans: PersonDirectedPlanService) {}

  @Mutation(() => PersonDirectedPlanModel, { description: 'Record a person-directed plan received; the implementation plan falls due by program rule' })
  @AllowSignedIn()
  recordPersonDirectedPlan(@Args('input') input: RecordPersonDirectedPlanInput) {
    return this.plans.record(input);
  }
}
