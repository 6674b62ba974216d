import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, AllowSignedIn, PersonOnly } from '@waymark/api/common';
import { PLAN_APPROVER_ROLES } from '@waymark/shared/types';
import { CarePlanLifecycleService } from './care-plan-lifecycle.service';
import { CarePlanModel } from './care-plan.model';
import { AcknowledgeCarePlanInput } from './dto/acknowledge-care-plan.input';
import { CarePlanVersionInput } from './dto/care-plan-version.input';
import { CloseCarePlanInput } from './dto/close-care-plan.input';
import { ReturnCarePlanInput } from './dto/return-care-plan.input';

/** A plan's steps after it is written. A move the status machine does not allow is ILLEGAL_TRANSITION. */
@Resolver(() => CarePlanModel)
export class CarePlanLifecycleResolver {
  constructor(private readonly lifecycle: CarePlanLifecycleService) {}

  @Mutation(() => CarePlanModel, { description: 'Send a draft with at least one goal for approval' })
  @AllowSignedIn()
  submitCarePlan(@Args('input') input: CarePlanVersionInput) {
    return this.lifecycle.submit(input);
  }

  @Mutation(() => CarePlanModel, { description: 'Put a submitted plan in force (a supervisor other than its author: SELF_APPROVAL); the version in force is SUPERSEDED' })
  @Allow(...PLAN_APPROVER_ROLES)
  @PersonOnly()
  approveCarePlan(@Args('input') input: CarePlanVersionInput) {
    return this.lifecycle.approve(input);
  }

  @Mutation(() => CarePlanModel, { description: 'Send a submitted plan back to DRAFT with what to change' })
  @Allow(...PLAN_APPROVER_ROLES)
  @PersonOnly()
  returnCarePlan(@Args('input') input: ReturnCarePlanInput) {
    return this.lifecycle.return(input);
  }

  @Mutation(() => CarePlanModel, { description: 'Start a new DRAFT version of the active plan, its goals copied under the same keys' })
  @AllowSignedIn()
  reviseCarePlan(@Args('input') input: CarePlanVersionInput) {
    return this.lifecycle.revise(input);
  }

  @Mutation(() => CarePlanModel, { description: 'End the active plan, or abandon a draft' })
  @AllowSignedIn()
  closeCarePlan(@Args('input') input: CloseCarePlanInput) {
    return this.lifecycle.close(input);
  }

  @Mutation(() => CarePlanModel, { description: "Record the client's acknowledgement of a plan awaiting approval or active" })
  @AllowSignedIn()
  acknowledgeCarePlan(@Args('input') input: AcknowledgeCarePlanInput) {
    return this.lifecycle.acknowledge(input);
  }
}
