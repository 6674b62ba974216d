import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, ReportFilterInput } from '@waymark/api/common';
import { REPORT_ROLES } from '@waymark/shared/types';
import { ReferralReportModel } from './referral-report.model';
import { ReferralReportService } from './referral-report.service';

@Resolver()
export class ReferralReportsResolver {
  constructor(private readonly reports: ReferralReportService) {}

  @Query(() => ReferralReportModel, { description: 'Referrals sent in the period by category, outcome and time to service' })
  @Allow(...REPORT_ROLES)
  referralReport(@Args('filter') filter: ReportFilterInput) {
    return this.reports.referrals(filter);
  }
}
