export { CarePlanningModule } from './lib/care-planning.module';
export { STARTER_INSTRUMENTS, type StarterInstrument } from './lib/instrument/starter-instruments';
export { CarePlanEvent, type AssessmentEvent, type CarePlanEventPayload } from './lib/shared/care-plan-events';
export { WorklistSweep } from './lib/worklist/worklist-sweep';
export { InstrumentService } from './lib/instrument/instrument.service';
export { assessmentLine } from './lib/assessment/assessment-timeline-lines';
export { carePlanLine } from './lib/plan/care-plan-timeline-lines';
export { dischargeLine } from './lib/discharge/discharge-timeline-lines';
