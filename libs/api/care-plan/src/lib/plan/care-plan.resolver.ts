import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader, StaffModel } from '@waymark/api/client';
import { Allow, AllowSignedIn, Idempotent, PageArgs, RequestContext } from '@waymark/api/common';
import { CASE_WORK_ROLES, CarePlanStatus, PLAN_APPROVER_ROLES, selfApproval } from '@waymark/shared/types';
import { CarePlanComparisonModel } from './care-plan-comparison.model';
import { CarePlanConnection } from './care-plan-connection.model';
import { CarePlanFactsLoader } from './care-plan-facts.loader';
import { CarePlanGoalModel } from './care-plan-goal.model';
import { CarePlanPartsLoader } from './care-plan-parts.loader';
import { CarePlanQueryService } from './care-plan-query.service';
import { CarePlanService } from './care-plan.service';
import { CarePlanClientModel, CarePlanModel } from './care-plan.model';
import { CarePlanComparisonArgs, CarePlanIdArgs, ClientCarePlansArgs } from './dto/care-plan.args';
import { CreateCarePlanInput } from './dto/create-care-plan.input';
import { UpdateCarePlanInput } from './dto/update-care-plan.input';

/** Care plans: reading every version, starting one and changing a draft's own fields. Access is ClientGate's call, per client. */
@Resolver(() => CarePlanModel)
export class CarePlanResolver {
  constructor(
    private readonly plans: CarePlanService,
    private readonly queries: CarePlanQueryService,
    private readonly parts: CarePlanPartsLoader,
    private readonly facts: CarePlanFactsLoader,
    private readonly staff: StaffLoader,
    private readonly context: RequestContext,
  ) {}

  @Query(() => CarePlanModel, { description: 'One version of a care plan' })
  @AllowSignedIn()
  carePlan(@Args() { id }: CarePlanIdArgs) {
    return this.queries.one(id);
  }

  @Query(() => [CarePlanModel], { description: "Every version of the client's care plans, newest first" })
  @AllowSignedIn()
  clientCarePlans(@Args() { clientId }: ClientCarePlansArgs) {
    return this.queries.forClient(clientId);
  }

  @Query(() => CarePlanModel, { nullable: true, description: "The client's plan in force (ACTIVE), the latest to take effect of their enrollments' plans; null when none" })
  @AllowSignedIn()
  activeCarePlan(@Args() { clientId }: ClientCarePlansArgs) {
    return this.queries.active(clientId);
  }

  @Query(() => CarePlanConnection, { description: 'Plans submitted for approval, the longest waiting first, a page at a time' })
  @Allow(...PLAN_APPROVER_ROLES)
  carePlansAwaitingApproval(@Args() page: PageArgs) {
    return this.queries.awaitingApproval(page);
  }

  @Query(() => [CarePlanModel], { description: "The caller's plans being put in place (DRAFT or PENDING_APPROVAL): of enrollments they are primary case manager of, or that they wrote; the oldest first" })
  @Allow(...CASE_WORK_ROLES)
  myCarePlansInProgress() {
    return this.queries.inProgressForMe();
  }

  @Query(() => CarePlanComparisonModel, { description: "What changed between two versions of a client's plan, goal by goal" })
  @AllowSignedIn()
  carePlanComparison(@Args() { fromId, toId }: CarePlanComparisonArgs) {
    return this.queries.compare(fromId, toId);
  }

  @Mutation(() => CarePlanModel, { description: "Start a DRAFT plan for an enrollment, from a template and the needs an assessment found" })
  @AllowSignedIn()
  @Idempotent()
  createCarePlan(@Args('input') input: CreateCarePlanInput) {
    return this.plans.create(input);
  }

  @Mutation(() => CarePlanModel, { description: "Change a draft's dates, vision or strengths; past DRAFT, LOCKED_RECORD" })
  @AllowSignedIn()
  updateCarePlan(@Args('input') input: UpdateCarePlanInput) {
    return this.plans.update(input);
  }

  @ResolveField('goals', () => [CarePlanGoalModel])
  async goals(@Parent() plan: CarePlanModel) {
    return (await this.parts.goals(plan.id)).map((goal) => CarePlanGoalModel.from(goal, plan.clientId));
  }

  @ResolveField('client', () => CarePlanClientModel, { nullable: true })
  client(@Parent() plan: CarePlanModel) {
    return this.facts.client(plan.clientId);
  }

  @ResolveField('programName', () => String)
  programName(@Parent() plan: CarePlanModel) {
    return this.facts.programName(plan.enrollmentId);
  }

  @ResolveField('author', () => StaffModel, { nullable: true })
  author(@Parent() plan: CarePlanModel) {
    return this.staff.load(plan.authorId);
  }

  @ResolveField('submittedBy', () => StaffModel, { nullable: true })
  submittedBy(@Parent() plan: CarePlanModel) {
    return this.staff.load(plan.submittedById);
  }

  @ResolveField('approvedBy', () => StaffModel, { nullable: true })
  approvedBy(@Parent() plan: CarePlanModel) {
    return this.staff.load(plan.approvedById);
  }

  @ResolveField('mayEdit', () => Boolean)
  async mayEdit(@Parent() plan: CarePlanModel) {
    return plan.status === CarePlanStatus.DRAFT && (await this.facts.mayChange(plan.clientId));
  }

  @ResolveField('mayApprove', () => Boolean)
  async mayApprove(@Parent() plan: CarePlanModel) {
    const { id, role } = this.context.requirePrincipal();
    if (plan.status !== CarePlanStatus.PENDING_APPROVAL || !PLAN_APPROVER_ROLES.includes(role) || selfApproval(plan, id)) return false;
    return this.facts.mayChange(plan.clientId);
  }
}
