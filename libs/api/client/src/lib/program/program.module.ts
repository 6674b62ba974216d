import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { PersonModule } from '../person/person.module';
import { StaffModule } from '../staff/staff.module';
import { TimelineModule } from '../timeline/timeline.module';
import { CaseAssignments } from './case-assignments';
import { CaseReassignments } from './case-reassignments';
import { CaseTeamService } from './case-team.service';
import { CaseloadResolver } from './caseload.resolver';
import { CaseloadService } from './caseload.service';
import { ClientEnrollmentsResolver } from './client-enrollments.resolver';
import { EligibilityResolver } from './eligibility.resolver';
import { EligibilityService } from './eligibility.service';
import { EnrollmentLoader } from './enrollment.loader';
import { CaseAssignmentResolver, EnrollmentResolver, TeamMemberResolver } from './enrollment.resolver';
import { EnrollmentClosure } from './enrollment-closure';
import { ChartFacts } from './chart-facts';
import { EnrollmentFacts } from './enrollment-facts';
import { EnrollmentService } from './enrollment.service';
import { CaseAssignmentEntity } from './entities/case-assignment.entity';
import { EligibilityScreenEntity } from './entities/eligibility-screen.entity';
import { EnrollmentEntity } from './entities/enrollment.entity';
import { EnrollmentTeamMemberEntity } from './entities/enrollment-team-member.entity';
import { ProgramEntity } from './entities/program.entity';
import { ProgramLoader } from './program.loader';
import { ProgramResolver } from './program.resolver';
import { ProgramService } from './program.service';

/** Programs with their rules, eligibility screens, enrollments, case assignments and caseloads. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProgramEntity, EligibilityScreenEntity, EnrollmentEntity, EnrollmentTeamMemberEntity, CaseAssignmentEntity]),
    AccessModule,
    PersonModule,
    TimelineModule,
    StaffModule,
  ],
  providers: [
    ProgramService,
    ProgramLoader,
    ProgramResolver,
    EligibilityService,
    EligibilityResolver,
    EnrollmentService,
    EnrollmentLoader,
    CaseAssignments,
    CaseTeamService,
    CaseReassignments,
    EnrollmentResolver,
    TeamMemberResolver,
    CaseAssignmentResolver,
    ClientEnrollmentsResolver,
    CaseloadService,
    CaseloadResolver,
    EnrollmentFacts,
    EnrollmentClosure,
    ChartFacts,
  ],
  exports: [CaseloadService, EnrollmentFacts, EnrollmentClosure, ChartFacts],
})
export class ProgramModule {}
