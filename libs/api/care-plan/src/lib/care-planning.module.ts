import { Module } from '@nestjs/common';
import { AssessmentModule } from './assessment/assessment.module';
import { DischargeModule } from './discharge/discharge.module';
import { InstrumentModule } from './instrument/instrument.module';
import { CarePlanModule } from './plan/plan.module';
import { ProgressModule } from './progress/progress.module';
import { WorklistModule } from './worklist/worklist.module';

/** The care-plan context: how a case manager turns what they learn into a plan, follows it and closes the case well. */
@Module({
  imports: [InstrumentModule, AssessmentModule, CarePlanModule, ProgressModule, WorklistModule, DischargeModule],
})
export class CarePlanningModule {}
