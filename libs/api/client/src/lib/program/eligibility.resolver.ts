import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Idempotent } from '@waymark/api/common';
import { CLIENT_WRITER_ROLES, ROLES } from '@waymark/shared/types';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { ClientIdArgs } from '../shared/dto/client-id.args';
import { ScreenEligibilityInput } from './dto/screen-eligibility.input';
import { EligibilityScreenModel } from './eligibility-screen.model';
import { EligibilityService } from './eligibility.service';
import { ProgramLoader } from './program.loader';
import { ProgramModel } from './program.model';

@Resolver(() => EligibilityScreenModel)
export class EligibilityResolver {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly programs: ProgramLoader,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => [EligibilityScreenModel], { description: "The client's eligibility screens, newest first" })
  @Allow(...ROLES)
  clientEligibilityScreens(@Args() { clientId }: ClientIdArgs) {
    return this.eligibility.list(clientId);
  }

  @Mutation(() => EligibilityScreenModel, { description: "Screen a client against a program's rules; the screen is kept" })
  @Allow(...CLIENT_WRITER_ROLES)
  @Idempotent()
  screenEligibility(@Args('input') input: ScreenEligibilityInput) {
    return this.eligibility.screen(input);
  }

  @ResolveField(() => ProgramModel)
  program(@Parent() screen: EligibilityScreenModel) {
    return this.programs.load(screen.programId);
  }

  @ResolveField(() => StaffModel, { nullable: true })
  screenedBy(@Parent() screen: EligibilityScreenModel) {
    return this.staff.load(screen.screenedById);
  }
}
