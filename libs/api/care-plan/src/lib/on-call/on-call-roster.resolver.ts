import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader, StaffModel } from '@waymark/api/client';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { ON_CALL_MANAGER_ROLES } from '@waymark/shared/types';
import { CreateOnCallShiftInput } from './dto/create-on-call-shift.input';
import { OnCallRosterArgs } from './dto/on-call-roster.args';
import { ShiftVersionInput } from './dto/shift-version.input';
import { UpdateOnCallShiftInput } from './dto/update-on-call-shift.input';
import { OnCallRosterQueryService } from './on-call-roster-query.service';
import { OnCallRosterService } from './on-call-roster.service';
import { OnCallNowModel, OnCallShiftModel } from './on-call-shift.model';

/** The on-call roster: everyone signed in reads it, supervisors and admins keep it. */
@Resolver(() => OnCallShiftModel)
export class OnCallRosterResolver {
  constructor(
    private readonly roster: OnCallRosterService,
    private readonly queries: OnCallRosterQueryService,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => OnCallNowModel, { description: 'Who answers the on-call line now: the primary and the backup, with their phones' })
  @AllowSignedIn()
  onCallNow() {
    return this.queries.now();
  }

  @Query(() => [OnCallShiftModel], { description: 'The shifts that overlap [from, to), in the order they start' })
  @AllowSignedIn()
  onCallRoster(@Args() args: OnCallRosterArgs) {
    return this.queries.roster(args);
  }

  @Query(() => [StaffModel], { description: 'Who may be put on call: the active users who carry tasks' })
  @Allow(...ON_CALL_MANAGER_ROLES)
  onCallCandidates() {
    return this.queries.candidates();
  }

  @Mutation(() => OnCallShiftModel, { description: 'Add a shift; one that overlaps a shift of the same tier is refused (reason OVERLAP, naming it)' })
  @Allow(...ON_CALL_MANAGER_ROLES)
  @Idempotent()
  createOnCallShift(@Args('input') input: CreateOnCallShiftInput) {
    return this.roster.create(input);
  }

  @Mutation(() => OnCallShiftModel, { description: 'Change a shift that is not over yet' })
  @Allow(...ON_CALL_MANAGER_ROLES)
  updateOnCallShift(@Args('input') input: UpdateOnCallShiftInput) {
    return this.roster.update(input);
  }

  @Mutation(() => ID, { description: 'Remove a shift that has not started; the removed id' })
  @Allow(...ON_CALL_MANAGER_ROLES)
  removeOnCallShift(@Args('input') input: ShiftVersionInput) {
    return this.roster.remove(input);
  }

  @ResolveField('staff', () => StaffModel, { nullable: true })
  staffOf(@Parent() shift: OnCallShiftModel) {
    return this.staff.load(shift.staffId);
  }
}
