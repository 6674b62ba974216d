export { ClientModule } from './lib/client.module';
export { TimelineService, type NewTimelineEntry } from './lib/timeline/timeline.service';
export { ConsentCheck, type ConsentRecipient, type ShareDecision, type ShareQuestion } from './lib/consent/consent-check.service';
export { timelineLine } from './lib/timeline/timeline-lines';
export { formatClientNumber } from './lib/person/client-number.service';
