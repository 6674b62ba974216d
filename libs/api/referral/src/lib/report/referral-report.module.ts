import { Module } from '@nestjs/common';
import { ClientModule } from '@waymark/api/client';
import { ReferralReportService } from './referral-report.service';
import { ReferralReportsResolver } from './referral-reports.resolver';

/** The referral context's statistical report, through the client context's ReportScope. */
@Module({
  imports: [ClientModule],
  providers: [ReferralReportService, ReferralReportsResolver],
})
export class ReferralReportModule {}
