import { Module } from '@nestjs/common';
import { ClientModule } from '@waymark/api/client';
import { CarePlanReportService } from './care-plan-report.service';
import { CarePlanReportsResolver } from './care-plan-reports.resolver';

/** The care-plan context's statistical reports, through the client context's ReportScope. */
@Module({
  imports: [ClientModule],
  providers: [CarePlanReportService, CarePlanReportsResolver],
})
export class CarePlanReportModule {}
