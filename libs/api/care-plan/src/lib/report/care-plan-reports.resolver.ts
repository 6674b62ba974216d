import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, ReportFilterInput } from '@waymark/api/common';
import { REPORT_ROLES } from '@waymark/shared/types';
import { CarePlanReportService } from './care-plan-report.service';
import { DeadlineReportModel } from './deadline-report.model';
import { GoalReportModel } from './goal-report.model';

@Resolver()
export class CarePlanReportsResolver {
  constructor(private readonly reports: CarePlanReportService) {}

  @Query(() => DeadlineReportModel, { description: 'Assessment, plan and visit deadlines met and missed, by group and by month due' })
  @Allow(...REPORT_ROLES)
  deadlineReport(@Args('filter') filter: ReportFilterInput) {
    return this.reports.deadlines(filter);
  }

  @Query(() => GoalReportModel, { description: 'Goals achieved and not, by life domain' })
  @Allow(...REPORT_ROLES)
  goalReport(@Args('filter') filter: ReportFilterInput) {
    return this.reports.goals(filter);
  }
}
