import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { ReferralsModule } from '@waymark/api/referral';
import { WorklistModule } from '../worklist/worklist.module';
import { ChartAuditChecklist } from './chart-audit-checklist.service';
import { ChartAuditFacts } from './chart-audit-facts';
import { AuditedChartResolver, ChartAnswerResolver, CorrectiveActionResolver, WorkerComplianceResolver } from './chart-audit-parts.resolver';
import { ChartAuditQueryService } from './chart-audit-query.service';
import { ChartAuditSampling } from './chart-audit-sampling';
import { AuditedChartEntity, ChartAnswerEntity, ChartAuditEntity, ChecklistItemEntity, CorrectiveActionEntity } from './chart-audit.entity';
import { ChartAuditResolver } from './chart-audit.resolver';
import { ChartAuditService } from './chart-audit.service';

/**
 * Quarterly chart audits. DESIGN.md files chart audits under the audit context, but that is a
 * platform layer that may import neither client nor care-plan nor referral, and a chart audit
 * reads across all three (assessments and plans here; notes, consents and enrollments through
 * the client context's ChartFacts; referrals through ReferralFacts) and writes tasks to the
 * worklist (RecordTasks, in the same transaction). So it lives in care-plan, the lowest context
 * that may see all of that, and still writes its trail through the audit context's AuditTrail.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ChecklistItemEntity, ChartAuditEntity, AuditedChartEntity, ChartAnswerEntity, CorrectiveActionEntity]),
    AuditModule,
    ClientModule,
    ReferralsModule,
    WorklistModule,
  ],
  providers: [
    ChartAuditChecklist,
    ChartAuditFacts,
    ChartAuditSampling,
    ChartAuditService,
    ChartAuditQueryService,
    ChartAuditResolver,
    AuditedChartResolver,
    ChartAnswerResolver,
    CorrectiveActionResolver,
    WorkerComplianceResolver,
  ],
  exports: [ChartAuditService, ChartAuditChecklist],
})
export class ChartAuditModule {}
