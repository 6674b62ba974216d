import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { ProgramEntity } from '../program/entities/program.entity';
import { ProgramModule } from '../program/program.module';
import { StaffModule } from '../staff/staff.module';
import { ClientReportService } from './client-report.service';
import { ClientReportsResolver } from './client-reports.resolver';
import { ReportScope } from './report-scope';

/** Statistical reports: the filter and audit every report shares (ReportScope), and the client context's own reports. */
@Module({
  imports: [TypeOrmModule.forFeature([ProgramEntity]), AccessModule, ProgramModule, StaffModule],
  providers: [ReportScope, ClientReportService, ClientReportsResolver],
  exports: [ReportScope],
})
export class ReportModule {}
