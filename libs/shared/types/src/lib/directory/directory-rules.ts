/*
 * Rules across two fields of a directory record, held alike by the admin's forms, the API's
 * editors and the HSDS import (and by the tables' checks where the database can hold them).
 */

/** Whether a service's lower age limit is above its upper one; either may be left open. */
export function agesOutOfOrder(minimumAge: number | null | undefined, maximumAge: number | null | undefined): boolean {
  return minimumAge != null && maximumAge != null && minimumAge > maximumAge;
}

/** How far from zero a map position's latitude and longitude go, in degrees (±90, ±180). */
export const COORDINATE_LIMITS = { latitude: 90, longitude: 180 } as const;

/** The coordinate missing when only one of the pair is given (a point needs both), else null. */
export function unpairedCoordinate(latitude: unknown, longitude: unknown): 'latitude' | 'longitude' | null {
  if ((latitude == null) === (longitude == null)) return null;
  return latitude == null ? 'latitude' : 'longitude';
}

/** Whether a capacity count says more are open than the service ever has; the maximum may be unknown. */
export function capacityOverMaximum(available: number, maximum: number | null | undefined): boolean {
  return maximum != null && available > maximum;
}
