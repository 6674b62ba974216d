/** HSDS 3.0 service.status. Only ACTIVE services are offered to refer to by default. */
export const ServiceStatus = {
  ACTIVE: 'ACTIVE',
  INACTIVE: 'INACTIVE',
  DEFUNCT: 'DEFUNCT',
  TEMPORARILY_CLOSED: 'TEMPORARILY_CLOSED',
} as const;
export type ServiceStatus = (typeof ServiceStatus)[keyof typeof ServiceStatus];
export const SERVICE_STATUSES = Object.values(ServiceStatus);

/** The HSDS file spelling of each status ("temporarily closed"). */
export const HSDS_SERVICE_STATUS: Record<ServiceStatus, string> = {
  ACTIVE: 'active',
  INACTIVE: 'inactive',
  DEFUNCT: 'defunct',
  TEMPORARILY_CLOSED: 'temporarily closed',
};

/** Who sees a directory entry: every agency on Waymark, or only the agency that keeps it. Only the keeping agency edits it. */
export const DirectoryVisibility = {
  SHARED: 'SHARED',
  PRIVATE: 'PRIVATE',
} as const;
export type DirectoryVisibility = (typeof DirectoryVisibility)[keyof typeof DirectoryVisibility];
export const DIRECTORY_VISIBILITIES = Object.values(DirectoryVisibility);

/** HSDS location.location_type. */
export const LocationType = {
  PHYSICAL: 'PHYSICAL',
  POSTAL: 'POSTAL',
  VIRTUAL: 'VIRTUAL',
} as const;
export type LocationType = (typeof LocationType)[keyof typeof LocationType];
export const LOCATION_TYPES = Object.values(LocationType);

/** RRULE BYDAY codes, the way HSDS schedules name weekdays; index 0 is Sunday as in Date.getDay(). */
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
