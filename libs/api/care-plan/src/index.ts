export { CarePlanningModule } from './lib/care-planning.module';
export { STARTER_INSTRUMENTS, type StarterInstrument } from './lib/instrument/starter-instruments';
