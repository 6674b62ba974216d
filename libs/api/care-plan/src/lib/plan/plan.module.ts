import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { AssessmentModule } from '../assessment/assessment.module';
import { CarePlanFactsLoader } from './care-plan-facts.loader';
import { PlanGoalFacts } from './plan-goal-facts';
import { CarePlanGoalResolver } from './care-plan-goal.resolver';
import { CarePlanGoalWriter } from './care-plan-goal-writer';
import { CarePlanLifecycleResolver } from './care-plan-lifecycle.resolver';
import { CarePlanLifecycleService } from './care-plan-lifecycle.service';
import { CarePlanPartsLoader } from './care-plan-parts.loader';
import { CarePlanPartsResolver } from './care-plan-parts.resolver';
import { CarePlanPartsService } from './care-plan-parts.service';
import { CarePlanQueryService } from './care-plan-query.service';
import { CarePlanReader } from './care-plan-reader';
import { CarePlanRecords } from './care-plan-records';
import { CarePlanResolver } from './care-plan.resolver';
import { CarePlanService } from './care-plan.service';
import { CarePlanGoalEntity } from './entities/care-plan-goal.entity';
import { CarePlanInterventionEntity } from './entities/care-plan-intervention.entity';
import { CarePlanObjectiveEntity } from './entities/care-plan-objective.entity';
import { CarePlanEntity } from './entities/care-plan.entity';
import { PlanTemplateEntity } from './entities/plan-template.entity';
import { PlanTemplateResolver } from './plan-template.resolver';
import { PlanTemplateService } from './plan-template.service';

/** Versioned care plans per enrollment: goals, objectives, interventions, templates, approval, acknowledgement. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CarePlanEntity, CarePlanGoalEntity, CarePlanObjectiveEntity, CarePlanInterventionEntity, PlanTemplateEntity]),
    AuditModule,
    ClientModule,
    AssessmentModule,
  ],
  providers: [
    CarePlanRecords,
    CarePlanGoalWriter,
    CarePlanService,
    CarePlanPartsService,
    CarePlanLifecycleService,
    CarePlanQueryService,
    PlanTemplateService,
    CarePlanPartsLoader,
    CarePlanFactsLoader,
    CarePlanReader,
    CarePlanResolver,
    CarePlanGoalResolver,
    CarePlanPartsResolver,
    CarePlanLifecycleResolver,
    PlanTemplateResolver,
    PlanGoalFacts,
  ],
  exports: [CarePlanReader, PlanGoalFacts],
})
export class CarePlanModule {}
