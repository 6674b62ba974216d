import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AllowSignedIn, Idempotent, PageArgs } from '@waymark/api/common';
import { INCIDENT_REVIEWER_ROLES } from '@waymark/shared/types';
import { ClientPageArgs } from '../shared/dto/client-id.args';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { AddIncidentNotificationInput } from './dto/add-incident-notification.input';
import { ReportIncidentInput } from './dto/report-incident.input';
import { ReviewIncidentInput } from './dto/review-incident.input';
import { UpdateIncidentInput } from './dto/update-incident.input';
import { IncidentConnection, IncidentModel } from './incident.model';
import { IncidentQueryService } from './incident-query.service';
import { IncidentService } from './incident.service';

/** Critical incidents. Who may read or report a client's incidents is ClientAccess's call, per client. */
@Resolver(() => IncidentModel)
export class IncidentResolver {
  constructor(
    private readonly incidents: IncidentService,
    private readonly queries: IncidentQueryService,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => IncidentConnection, { description: "A client's incident reports, most recent first" })
  @AllowSignedIn()
  clientIncidents(@Args() args: ClientPageArgs) {
    return this.queries.forClient(args);
  }

  @Query(() => IncidentConnection, { description: 'Reports awaiting review: the most severe first, then the longest waiting' })
  @Allow(...INCIDENT_REVIEWER_ROLES)
  incidentsAwaitingReview(@Args() args: PageArgs) {
    return this.queries.awaitingReview(args);
  }

  @Mutation(() => IncidentModel, { description: 'Report a critical incident; it awaits a supervisor’s review' })
  @AllowSignedIn()
  @Idempotent()
  reportIncident(@Args('input') input: ReportIncidentInput) {
    return this.incidents.report(input);
  }

  @Mutation(() => IncidentModel, { description: 'Change a report until it is reviewed; then LOCKED_RECORD' })
  @AllowSignedIn()
  updateIncident(@Args('input') input: UpdateIncidentInput) {
    return this.incidents.update(input);
  }

  @Mutation(() => IncidentModel, { description: 'Record who was told of the incident, when and how' })
  @AllowSignedIn()
  addIncidentNotification(@Args('input') input: AddIncidentNotificationInput) {
    return this.incidents.addNotification(input);
  }

  @Mutation(() => IncidentModel, { description: 'Sign off a report (a supervisor other than its reporter)' })
  @Allow(...INCIDENT_REVIEWER_ROLES)
  reviewIncident(@Args('input') input: ReviewIncidentInput) {
    return this.incidents.review(input);
  }

  @ResolveField('reportedBy', () => StaffModel, { nullable: true })
  reportedBy(@Parent() incident: IncidentModel) {
    return this.staff.load(incident.reportedById);
  }

  @ResolveField('reviewedBy', () => StaffModel, { nullable: true })
  reviewedBy(@Parent() incident: IncidentModel) {
    return this.staff.load(incident.reviewedById);
  }
}
