export { ClientModule } from './lib/client.module';
export { TimelineService, type NewTimelineEntry } from './lib/timeline/timeline.service';
