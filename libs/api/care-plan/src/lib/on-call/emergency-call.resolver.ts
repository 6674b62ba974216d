import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientNames, StaffLoader, StaffModel } from '@waymark/api/client';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { ON_CALL_WORKER_ROLES } from '@waymark/shared/types';
import { TaskClientModel } from '../worklist/task.model';
import { EmergencyCallIdArgs } from './dto/emergency-call-id.args';
import { EmergencyCallsArgs } from './dto/emergency-calls.args';
import { LogEmergencyCallInput } from './dto/log-emergency-call.input';
import { RecordCallFollowUpInput } from './dto/record-call-follow-up.input';
import { EmergencyCallConnection, EmergencyCallModel } from './emergency-call.model';
import { EmergencyCallQueryService } from './emergency-call-query.service';
import { EmergencyCallService } from './emergency-call.service';

/** The emergency log: after-hours calls, what was done, and their follow-up the next morning. */
@Resolver(() => EmergencyCallModel)
export class EmergencyCallResolver {
  constructor(
    private readonly calls: EmergencyCallService,
    private readonly queries: EmergencyCallQueryService,
    private readonly staff: StaffLoader,
    private readonly clients: ClientNames,
  ) {}

  @Query(() => EmergencyCallConnection, { description: 'The emergency log, newest first: by when the call came in, and only those awaiting follow-up' })
  @AllowSignedIn()
  emergencyCalls(@Args() args: EmergencyCallsArgs) {
    return this.queries.list(args.withCriteria());
  }

  @Query(() => EmergencyCallModel, { description: 'One logged call' })
  @AllowSignedIn()
  emergencyCall(@Args() { id }: EmergencyCallIdArgs) {
    return this.queries.get(id);
  }

  @Mutation(() => EmergencyCallModel, { description: "Log a call taken on call; with followUpNeeded, the client's worker gets a task for the next morning" })
  @Allow(...ON_CALL_WORKER_ROLES)
  @Idempotent()
  logEmergencyCall(@Args('input') input: LogEmergencyCallInput) {
    return this.calls.log(input);
  }

  @Mutation(() => EmergencyCallModel, { description: 'Record what the follow-up found and did; closes its task' })
  @Allow(...ON_CALL_WORKER_ROLES)
  recordCallFollowUp(@Args('input') input: RecordCallFollowUpInput) {
    return this.calls.recordFollowUp(input);
  }

  @ResolveField('client', () => TaskClientModel, { nullable: true })
  client(@Parent() call: EmergencyCallModel) {
    return this.clients.load(call.clientId);
  }

  @ResolveField('takenBy', () => StaffModel, { nullable: true })
  takenBy(@Parent() call: EmergencyCallModel) {
    return this.staff.load(call.takenById);
  }

  @ResolveField('followUpAssignee', () => StaffModel, { nullable: true })
  followUpAssignee(@Parent() call: EmergencyCallModel) {
    return this.staff.load(call.followUpAssigneeId);
  }

  @ResolveField('followedUpBy', () => StaffModel, { nullable: true })
  followedUpBy(@Parent() call: EmergencyCallModel) {
    return this.staff.load(call.followedUpById);
  }
}
