import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader, StaffModel } from '@waymark/api/client';
import { AllowSignedIn, Idempotent } from '@waymark/api/common';
import { ClientProgressArgs } from './dto/client-progress.args';
import { RecordProgressInput } from './dto/record-progress.input';
import { GoalProgressModel } from './goal-progress.model';
import { ProgressEntryModel } from './progress-entry.model';
import { ProgressQueryService } from './progress-query.service';
import { ProgressService } from './progress.service';

/** Progress on goals: recorded on the plan in force, followed over every version. */
@Resolver(() => ProgressEntryModel)
export class ProgressResolver {
  constructor(
    private readonly progress: ProgressService,
    private readonly queries: ProgressQueryService,
    private readonly staff: StaffLoader,
  ) {}

  @Mutation(() => ProgressEntryModel, { description: 'Rate progress on a goal (or objective) of the active plan' })
  @AllowSignedIn()
  @Idempotent()
  recordProgress(@Args('input') input: RecordProgressInput) {
    return this.progress.record(input);
  }

  @Query(() => [GoalProgressModel], { description: "The client's goals across every plan version, with progress over time and lack of progress flagged" })
  @AllowSignedIn()
  clientProgress(@Args() { clientId }: ClientProgressArgs) {
    return this.queries.forClient(clientId);
  }

  @ResolveField('recordedBy', () => StaffModel, { nullable: true })
  recordedBy(@Parent() entry: ProgressEntryModel) {
    return this.staff.load(entry.recordedById);
  }
}
