import { Module } from '@nestjs/common';
import { AppointmentModule } from './appointment/appointment.module';
import { AssessmentModule } from './assessment/assessment.module';
import { ChartAuditModule } from './chart-audit/chart-audit.module';
import { DischargeModule } from './discharge/discharge.module';
import { InstrumentModule } from './instrument/instrument.module';
import { OnCallModule } from './on-call/on-call.module';
import { CarePlanModule } from './plan/plan.module';
import { ProgressModule } from './progress/progress.module';
import { CarePlanReportModule } from './report/care-plan-report.module';
import { TrainingModule } from './training/training.module';
import { WorklistModule } from './worklist/worklist.module';

/** The care-plan context: how a case manager turns what they learn into a plan, follows it and closes the case well. */
@Module({
  imports: [InstrumentModule, AssessmentModule, CarePlanModule, ProgressModule, WorklistModule, DischargeModule, AppointmentModule, OnCallModule, TrainingModule, CarePlanReportModule, ChartAuditModule],
  // The integration views (FHIR) read plans and goals through PlanGoalFacts.
  exports: [CarePlanModule],
})
export class CarePlanningModule {}
