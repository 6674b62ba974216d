/** A point on the map, in degrees. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** The earth's radius as PostgreSQL's earthdistance module takes it (earth() = 6378168 m), so a page and a search agree. */
const EARTH_RADIUS_KM = 6378.168;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points in kilometres (haversine): how far a client lives from a service. */
export function earthDistanceKm(from: GeoPoint, to: GeoPoint): number {
  const dLat = radians(to.latitude - from.latitude);
  const dLng = radians(to.longitude - from.longitude);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
