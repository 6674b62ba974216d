import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EnrollmentStatus, TeamRole } from '@waymark/shared/types';
import type { CaseAssignmentEntity } from './entities/case-assignment.entity';
import type { EnrollmentEntity } from './entities/enrollment.entity';
import type { EnrollmentTeamMemberEntity } from './entities/enrollment-team-member.entity';
import { ClientRecordModel, recordFields } from '../shared/client-record.model';

registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus', description: 'PENDING → ACTIVE ⇄ ON_HOLD → CLOSED (see ENROLLMENT_STATUS_TRANSITIONS)' });
registerEnumType(TeamRole, { name: 'TeamRole' });

/** Program, case manager, team and assignments resolve through per-request loaders. */
@ObjectType('Enrollment')
export class EnrollmentModel extends ClientRecordModel {
  programId: string;

  @Field(() => EnrollmentStatus)
  status: EnrollmentStatus;

  @Field({ description: 'YYYY-MM-DD' })
  openedOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  closedOn: string | null;

  @Field(() => String, { nullable: true })
  openReason: string | null;

  @Field(() => String, { nullable: true })
  closeReason: string | null;

  primaryCaseManagerId: string | null;

  static from(enrollment: EnrollmentEntity): EnrollmentModel {
    return Object.assign(recordFields(enrollment), {
      programId: enrollment.programId,
      status: enrollment.status,
      openedOn: enrollment.openedOn,
      closedOn: enrollment.closedOn,
      openReason: enrollment.openReason,
      closeReason: enrollment.closeReason,
      primaryCaseManagerId: enrollment.primaryCaseManagerId,
    });
  }
}

@ObjectType('TeamMember')
export class TeamMemberModel {
  @Field(() => ID)
  id: string;

  userId: string;

  @Field(() => TeamRole)
  role: TeamRole;

  @Field(() => GraphQLISODateTime)
  addedAt: Date;

  static from(member: EnrollmentTeamMemberEntity): TeamMemberModel {
    return { id: member.id, userId: member.userId, role: member.teamRole, addedAt: member.addedAt };
  }
}

@ObjectType('CaseAssignment', { description: 'One stretch of a case manager holding the enrollment; endedAt is null for the current one' })
export class CaseAssignmentModel {
  @Field(() => ID)
  id: string;

  caseManagerId: string;

  assignedById: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt: Date | null;

  static from(assignment: CaseAssignmentEntity): CaseAssignmentModel {
    return {
      id: assignment.id,
      caseManagerId: assignment.caseManagerId,
      assignedById: assignment.assignedBy,
      reason: assignment.reason,
      startedAt: assignment.startedAt,
      endedAt: assignment.endedAt,
    };
  }
}
