import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader, StaffModel } from '@waymark/api/client';
import { Allow } from '@waymark/api/common';
import { CASE_WORK_ROLES, ROLES } from '@waymark/shared/types';
import { DischargePlanModel } from './discharge-plan.model';
import { DischargePlanService } from './discharge-plan.service';
import { EnrollmentIdArgs } from './dto/enrollment-id.args';
import { SaveDischargePlanInput } from './dto/save-discharge-plan.input';

/** Anyone who may read the client reads the plan; those who carry cases write it. */
@Resolver(() => DischargePlanModel)
export class DischargePlanResolver {
  constructor(
    private readonly service: DischargePlanService,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => DischargePlanModel, { nullable: true, description: "The enrollment's discharge plan; null until one is written" })
  @Allow(...ROLES)
  dischargePlan(@Args() { enrollmentId }: EnrollmentIdArgs) {
    return this.service.forEnrollment(enrollmentId);
  }

  @Mutation(() => DischargePlanModel, { description: 'Write the first discharge plan (no version) or change it (the version last seen). Not for intake staff' })
  @Allow(...CASE_WORK_ROLES)
  saveDischargePlan(@Args('input') input: SaveDischargePlanInput) {
    return this.service.save(input);
  }

  @ResolveField(() => StaffModel, { nullable: true })
  createdBy(@Parent() plan: DischargePlanModel) {
    return this.staff.load(plan.createdById);
  }
}
