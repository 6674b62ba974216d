import { InputType, IntersectionType } from '@nestjs/graphql';
import { IncidentNotificationInput } from './incident-notification.input';
import { IncidentVersionInput } from './incident-version.input';

@InputType()
export class AddIncidentNotificationInput extends IntersectionType(IncidentVersionInput, IncidentNotificationInput) {}
