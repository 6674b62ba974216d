export { CarePlanningModule } from './lib/care-planning.module';
