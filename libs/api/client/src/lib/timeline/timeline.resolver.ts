import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowSignedIn } from '@waymark/api/common';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { ClientTimelineArgs } from './dto/client-timeline.args';
import { TimelineEntryConnection, TimelineEntryModel } from './timeline-entry.model';
import { TimelineQueryService } from './timeline-query.service';

@Resolver(() => TimelineEntryModel)
export class TimelineResolver {
  constructor(
    private readonly timeline: TimelineQueryService,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => TimelineEntryConnection, { description: "Everything that happened to a client, newest first; filter by kind" })
  @AllowSignedIn()
  clientTimeline(@Args() args: ClientTimelineArgs) {
    return this.timeline.list(args.withCriteria());
  }

  @ResolveField('actor', () => StaffModel, { nullable: true })
  actor(@Parent() entry: TimelineEntryModel) {
    return this.staff.load(entry.actorId);
  }
}
