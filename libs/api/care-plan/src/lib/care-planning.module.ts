import { Module } from '@nestjs/common';
import { AppointmentModule } from './appointment/appointment.module';
import { AssessmentModule } from './assessment/assessment.module';
import { DischargeModule } from './discharge/discharge.module';
import { InstrumentModule } from './instrument/instrument.module';
import { OnCallModule } from './on-call/on-call.module';
import { CarePlanModule } from './plan/plan.module';
import { ProgressModule } from './progress/progress.module';
import { TrainingModule } from './training/training.module';
import { WorklistModule } from './worklist/worklist.module';

/** The care-plan context: how a case manager turns what they learn into a plan, follows it and closes the case well. */
@Module({
  imports: [InstrumentModule, AssessmentModule, CarePlanModule, ProgressModule, WorklistModule, DischargeModule, AppointmentModule, OnCallModule, TrainingModule],
})
export class CarePlanningModule {}
