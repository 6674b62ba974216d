import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { CarePlanClosingListener } from './care-plan-closing.listener';
import { ClosureCheckResolver } from './closure-check.resolver';
import { DischargePlanEntity } from './discharge-plan.entity';
import { DischargePlanResolver } from './discharge-plan.resolver';
import { DischargePlanService } from './discharge-plan.service';

/** Discharge plans, what care planning leaves in the way of a closure, and the check a discharge wizard runs first. */
@Module({
  imports: [TypeOrmModule.forFeature([DischargePlanEntity]), ClientModule, AuditModule],
  providers: [DischargePlanService, DischargePlanResolver, ClosureCheckResolver, CarePlanClosingListener],
})
export class DischargeModule {}
