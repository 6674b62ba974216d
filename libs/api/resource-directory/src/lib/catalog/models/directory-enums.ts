import { registerEnumType } from '@nestjs/graphql';
import { DirectoryVisibility, LocationType, ServiceStatus, WEEKDAYS, type Weekday } from '@waymark/shared/types';

registerEnumType(ServiceStatus, { name: 'ServiceStatus', description: 'HSDS service status; only ACTIVE services are offered to refer to by default' });
registerEnumType(DirectoryVisibility, { name: 'DirectoryVisibility', description: 'SHARED: every agency on Waymark sees it; PRIVATE: only the agency that keeps it' });
registerEnumType(LocationType, { name: 'LocationType' });

/** The weekdays as GraphQL spells them: the RRULE codes HSDS schedules use. */
export const WeekdayEnum = Object.fromEntries(WEEKDAYS.map((day) => [day, day])) as Record<Weekday, Weekday>;
registerEnumType(WeekdayEnum, { name: 'Weekday', description: 'RRULE weekday code (SU … SA)' });
