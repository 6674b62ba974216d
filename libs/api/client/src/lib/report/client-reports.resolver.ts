import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, ReportFilterInput } from '@waymark/api/common';
import { REPORT_ROLES } from '@waymark/shared/types';
import { StaffModel } from '../staff/staff.model';
import { CaseloadReportModel } from './caseload-report.model';
import { ClientReportService } from './client-report.service';
import { IntakeReportModel } from './intake-report.model';
import { LateNoteReportModel } from './late-note-report.model';

@Resolver()
export class ClientReportsResolver {
  constructor(private readonly reports: ClientReportService) {}

  @Query(() => [StaffModel], { description: 'The workers a report may be narrowed to: every active user who carries work, by name' })
  @Allow(...REPORT_ROLES)
  reportWorkers() {
    return this.reports.workers();
  }

  @Query(() => CaseloadReportModel, { description: "Caseload size and mix by status and risk, per worker (the worker: the enrollment's primary case manager)" })
  @Allow(...REPORT_ROLES)
  caseloadReport(@Args('filter') filter: ReportFilterInput) {
    return this.reports.caseloads(filter);
  }

  @Query(() => IntakeReportModel, { description: "Intakes, discharges and discharge reasons by month (the worker: the enrollment's primary case manager)" })
  @Allow(...REPORT_ROLES)
  intakeReport(@Args('filter') filter: ReportFilterInput) {
    return this.reports.intakes(filter);
  }

  @Query(() => LateNoteReportModel, { description: "Signed notes and those entered late, by month of the contact (the worker: the note's author)" })
  @Allow(...REPORT_ROLES)
  lateNoteReport(@Args('filter') filter: ReportFilterInput) {
    return this.reports.lateNotes(filter);
  }
}
