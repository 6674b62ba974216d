import { randomUUID } from 'node:crypto';
import type { DirectoryVisibility, ServiceStatus, Weekday } from '@waymark/shared/types';
import type { TestApp } from './test-app';

/** A point a fixture directory is laid out around, far from the seeded region so other specs' directories never come within its radius. */
export interface Centre {
  latitude: number;
  longitude: number;
  timeZone: string;
}

export const BOISE: Centre = { latitude: 43.615, longitude: -116.2023, timeZone: 'America/Boise' };
export const RENO: Centre = { latitude: 39.5296, longitude: -119.8138, timeZone: 'America/Los_Angeles' };

export interface FixtureOrganization {
  name: string;
  keeperId: string;
  visibility: DirectoryVisibility;
  waymarkAgencyId?: string;
}

export interface FixtureService {
  name: string;
  description?: string;
  keywords?: string[];
  categories?: string[];
  languages?: string[];
  /** Kilometres north and east of the centre; none for a service without a location. */
  at?: [north: number, east: number];
  /** Weekly openings; on the location instead of the service when `hoursOnLocation`. */
  hours?: [days: Weekday[], opensAt: string, closesAt: string][];
  hoursOnLocation?: boolean;
  ages?: [minimum: number | null, maximum: number | null];
  status?: ServiceStatus;
}

/** A point `north` and `east` kilometres from the centre (close enough to flat at these distances). */
export function offset(centre: Centre, [north, east]: [number, number]): { latitude: number; longitude: number } {
  return {
    latitude: centre.latitude + north / 111.195,
    longitude: centre.longitude + east / (111.195 * Math.cos((centre.latitude * Math.PI) / 180)),
  };
}

/** Removes the organizations with a location within `km` of the centre: what an earlier run of the spec left on the same database. */
export async function clearRegion(t: TestApp, centre: Centre, km: number): Promise<void> {
  await t.db.query(
    `DELETE FROM organization o WHERE EXISTS (
       SELECT 1 FROM location l WHERE l.organization_id = o.id AND l.latitude IS NOT NULL
         AND earth_distance(ll_to_earth(l.latitude, l.longitude), ll_to_earth($1, $2)) <= $3)`,
    [centre.latitude, centre.longitude, km * 1000],
  );
}

/**
 * Writes an organization and its services straight into the directory tables (the catalog's
 * API is another spec's subject), each service at its own location with an address, hours,
 * languages and categories. Returns the service ids by name.
 */
export async function addDirectory(t: TestApp, centre: Centre, organization: FixtureOrganization, services: FixtureService[]): Promise<Record<string, string>> {
  const q = (sql: string, params: unknown[]) => t.db.query(sql, params);
  const keeper = organization.keeperId;
  const organizationId = randomUUID();
  await q(`INSERT INTO organization (id, agency_id, visibility, waymark_agency_id, name) VALUES ($1, $2, $3, $4, $5)`, [
    organizationId,
    keeper,
    organization.visibility,
    organization.waymarkAgencyId ?? null,
    organization.name,
  ]);
  const ids: Record<string, string> = {};
  for (const service of services) {
    const id = randomUUID();
    ids[service.name] = id;
    await q(
      `INSERT INTO service (id, agency_id, organization_id, name, description, keywords, status, minimum_age, maximum_age)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, keeper, organizationId, service.name, service.description ?? null, service.keywords ?? [], service.status ?? 'ACTIVE', service.ages?.[0] ?? null, service.ages?.[1] ?? null],
    );
    let locationId: string | null = null;
    if (service.at) {
      locationId = randomUUID();
      const point = offset(centre, service.at);
      await q(`INSERT INTO location (id, agency_id, organization_id, name, latitude, longitude, time_zone) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        locationId,
        keeper,
        organizationId,
        `${service.name} site`,
        point.latitude,
        point.longitude,
        centre.timeZone,
      ]);
      await q(`INSERT INTO address (agency_id, location_id, address_1, city, state_province, postal_code) VALUES ($1, $2, $3, 'Fixture City', 'ID', '83702')`, [
        keeper,
        locationId,
        `${service.at.join('/')} Fixture St`,
      ]);
      await q(`INSERT INTO service_at_location (agency_id, service_id, location_id) VALUES ($1, $2, $3)`, [keeper, id, locationId]);
    }
    for (const code of service.languages ?? ['en']) {
      await q(`INSERT INTO language (agency_id, service_id, code) VALUES ($1, $2, $3)`, [keeper, id, code]);
    }
    for (const [days, opensAt, closesAt] of service.hours ?? []) {
      for (const day of days) {
        await q(`INSERT INTO schedule (agency_id, service_id, location_id, byday, opens_at, closes_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
          keeper,
          service.hoursOnLocation ? null : id,
          service.hoursOnLocation ? locationId : null,
          day,
          opensAt,
          closesAt,
        ]);
      }
    }
    for (const code of service.categories ?? []) {
      await q(`INSERT INTO service_taxonomy (agency_id, service_id, taxonomy_term_id) SELECT $1, $2, id FROM taxonomy_term WHERE code = $3`, [keeper, id, code]);
    }
  }
  return ids;
}

export const DIRECTORY_SEARCH = `query ($input: DirectorySearchInput!) {
  directorySearch(input: $input) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { serviceId name organizationName status address latitude longitude distanceKm openNow languages
      categories { code name } phone minimumAge maximumAge onWaymark } }
    facets { categories { code name nameEs count } languages { code name count } }
    correctedText
  }
}`;
