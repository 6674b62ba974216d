import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Idempotent } from '@waymark/api/common';
import { CASE_WORK_ROLES, CLIENT_WRITER_ROLES, EnrollmentStatus, ROLES, Role } from '@waymark/shared/types';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { CaseReassignments } from './case-reassignments';
import { CaseTeamService } from './case-team.service';
import { AssignCaseManagerInput } from './dto/assign-case-manager.input';
import { ChangeEnrollmentStatusInput } from './dto/change-enrollment-status.input';
import { ClientIdArgs } from '../shared/dto/client-id.args';
import { CloseEnrollmentInput } from './dto/close-enrollment.input';
import { EnrollClientInput } from './dto/enroll-client.input';
import { ReassignEnrollmentsInput } from './dto/reassign-enrollments.input';
import { AddTeamMemberInput, RemoveTeamMemberInput } from './dto/team-member.input';
import { EnrollmentLoader } from './enrollment.loader';
import { CaseAssignmentModel, EnrollmentModel, TeamMemberModel } from './enrollment.model';
import { EnrollmentService } from './enrollment.service';
import { ProgramLoader } from './program.loader';
import { ProgramModel } from './program.model';

/** Those who keep client records enroll clients, those who carry cases move enrollments on; supervisors decide who works a case. */
@Resolver(() => EnrollmentModel)
export class EnrollmentResolver {
  constructor(
    private readonly enrollments: EnrollmentService,
    private readonly caseTeam: CaseTeamService,
    private readonly reassignments: CaseReassignments,
    private readonly loader: EnrollmentLoader,
    private readonly programs: ProgramLoader,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => [EnrollmentModel], { description: "The client's enrollments, newest first" })
  @Allow(...ROLES)
  clientEnrollments(@Args() { clientId }: ClientIdArgs) {
    return this.enrollments.listForClient(clientId);
  }

  @Mutation(() => EnrollmentModel, { description: 'Open a PENDING enrollment; one open enrollment per client and program' })
  @Allow(...CLIENT_WRITER_ROLES)
  @Idempotent()
  enrollClient(@Args('input') input: EnrollClientInput) {
    return this.enrollments.enroll(input);
  }

  @Mutation(() => EnrollmentModel, { description: 'PENDING → ACTIVE ⇄ ON_HOLD → CLOSED; closing needs a reason and a date. Not for intake staff' })
  @Allow(...CASE_WORK_ROLES)
  changeEnrollmentStatus(@Args('input') input: ChangeEnrollmentStatusInput) {
    return this.enrollments.changeStatus(input);
  }

  @Mutation(() => EnrollmentModel, { description: 'Not for intake staff' })
  @Allow(...CASE_WORK_ROLES)
  closeEnrollment(@Args('input') { closeReason, closedOn, ...rest }: CloseEnrollmentInput) {
    return this.enrollments.changeStatus({ ...rest, status: EnrollmentStatus.CLOSED, reason: closeReason, date: closedOn });
  }

  @Mutation(() => EnrollmentModel, { description: 'Make a worker the primary case manager; the assignment history is kept' })
  @Allow(Role.SUPERVISOR, Role.ADMIN)
  assignCaseManager(@Args('input') input: AssignCaseManagerInput) {
    return this.caseTeam.assign(input);
  }

  @Mutation(() => [EnrollmentModel], {
    description: 'Make one worker the primary case manager of several open enrollments at once, all or nothing, each as assignCaseManager does',
  })
  @Allow(Role.SUPERVISOR, Role.ADMIN)
  reassignEnrollments(@Args('input') input: ReassignEnrollmentsInput) {
    return this.reassignments.reassign(input);
  }

  @Mutation(() => EnrollmentModel)
  @Allow(Role.SUPERVISOR, Role.ADMIN)
  addTeamMember(@Args('input') input: AddTeamMemberInput) {
    return this.caseTeam.addTeamMember(input);
  }

  @Mutation(() => EnrollmentModel)
  @Allow(Role.SUPERVISOR, Role.ADMIN)
  removeTeamMember(@Args('input') input: RemoveTeamMemberInput) {
    return this.caseTeam.removeTeamMember(input);
  }

  @ResolveField(() => ProgramModel)
  program(@Parent() enrollment: EnrollmentModel) {
    return this.programs.load(enrollment.programId);
  }

  @ResolveField(() => StaffModel, { nullable: true })
  primaryCaseManager(@Parent() enrollment: EnrollmentModel) {
    return this.staff.loadCaseManager(enrollment.primaryCaseManagerId);
  }

  @ResolveField(() => [TeamMemberModel])
  team(@Parent() enrollment: EnrollmentModel) {
    return this.loader.team(enrollment.id);
  }

  @ResolveField(() => [CaseAssignmentModel], { description: 'Newest first: the current assignment, then who held the case before' })
  assignments(@Parent() enrollment: EnrollmentModel) {
    return this.loader.assignments(enrollment.id);
  }
}

@Resolver(() => TeamMemberModel)
export class TeamMemberResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField(() => StaffModel)
  user(@Parent() member: TeamMemberModel) {
    return this.staff.load(member.userId);
  }
}

@Resolver(() => CaseAssignmentModel)
export class CaseAssignmentResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField(() => StaffModel)
  caseManager(@Parent() assignment: CaseAssignmentModel) {
    return this.staff.load(assignment.caseManagerId);
  }

  @ResolveField(() => StaffModel, { nullable: true })
  assignedBy(@Parent() assignment: CaseAssignmentModel) {
    return this.staff.load(assignment.assignedById);
  }
}
