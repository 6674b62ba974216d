import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader, StaffModel } from '@waymark/api/client';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { CLIENT_WRITER_ROLES } from '@waymark/shared/types';
import { CareTeamTrainingStatusModel } from './care-team-status.model';
import { CareTeamTrainingQueryService } from './care-team-training-query.service';
import { CareTeamTrainingConnection, CareTeamTrainingModel } from './care-team-training.model';
import { CareTeamTrainingService } from './care-team-training.service';
import { CareTeamStatusArgs } from './dto/care-team-status.args';
import { CareTeamTrainingsArgs } from './dto/care-team-trainings.args';
import { RecordCareTeamTrainingInput } from './dto/record-care-team-training.input';
import { RemoveCareTeamTraineeInput } from './dto/remove-care-team-trainee.input';
import { VoidCareTeamTrainingInput } from './dto/void-care-team-training.input';

/** Care-team training. Who may read or record a client's is the client context's call, per client (ClientGate). */
@Resolver(() => CareTeamTrainingModel)
export class CareTeamTrainingResolver {
  constructor(
    private readonly trainings: CareTeamTrainingService,
    private readonly queries: CareTeamTrainingQueryService,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => CareTeamTrainingConnection, { description: "A client's care-team trainings, the most recent first" })
  @AllowSignedIn()
  careTeamTrainings(@Args() args: CareTeamTrainingsArgs) {
    return this.queries.forClient(args.withCriteria());
  }

  @Query(() => CareTeamTrainingStatusModel, { description: "The client's care team topic by person: current, due soon, overdue or never trained" })
  @AllowSignedIn()
  careTeamTrainingStatus(@Args() { clientId }: CareTeamStatusArgs) {
    return this.queries.status(clientId);
  }

  @Mutation(() => CareTeamTrainingModel, { description: "Record a training on a client's needs; each trainee's refresher goes on the worklist" })
  @Allow(...CLIENT_WRITER_ROLES)
  @Idempotent()
  recordCareTeamTraining(@Args('input') input: RecordCareTeamTrainingInput) {
    return this.trainings.record(input);
  }

  @Mutation(() => CareTeamTrainingModel, { description: 'Take one person off a training; their open refresher is cancelled' })
  @Allow(...CLIENT_WRITER_ROLES)
  removeCareTeamTrainee(@Args('input') input: RemoveCareTeamTraineeInput) {
    return this.trainings.removeTrainee(input);
  }

  @Mutation(() => CareTeamTrainingModel, { description: 'Void a training entered by mistake; its open refreshers are cancelled' })
  @Allow(...CLIENT_WRITER_ROLES)
  voidCareTeamTraining(@Args('input') input: VoidCareTeamTrainingInput) {
    return this.trainings.void(input);
  }

  @ResolveField('trainer', () => StaffModel, { nullable: true })
  trainer(@Parent() training: CareTeamTrainingModel) {
    return this.staff.load(training.trainerId);
  }

  @ResolveField('recordedBy', () => StaffModel, { nullable: true })
  recordedBy(@Parent() training: CareTeamTrainingModel) {
    return this.staff.load(training.recordedById);
  }
}
