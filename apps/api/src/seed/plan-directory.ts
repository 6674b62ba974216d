import { addDays, DirectoryVisibility, ServiceStatus, todayIsoDate } from '@waymark/shared/types';
import { type City, STREET_NAMES } from './demo-areas';
import { DEMO_ORGANIZATION_KINDS, type DemoOrganizationKind, type DemoServiceKind, HOURS, OTHER_LANGUAGES } from './demo-directory';
import type { DirectoryRecords, LocationRow, OrganizationRow } from './directory-rows';
import type { Random } from './random';
import { seedId } from './seed-ids';

export const DIRECTORY_TIME_ZONE = 'America/Los_Angeles';

/** What the planner needs from the database and the demo: term and capacity-unit ids, and the region. */
export interface DirectoryPlanContext {
  r: Random;
  now: Date;
  /** Taxonomy term id by code (the starter taxonomy of migration 030). */
  terms: ReadonlyMap<string, string>;
  /** Capacity unit id by name ('beds', 'slots'). */
  units: ReadonlyMap<string, string>;
  cities: readonly City[];
  /** The county every city lies in, a service area of the county-wide services. */
  county: string;
  areaCodes: readonly string[];
  /** How many organizations in a hundred are the keeper's private entries. */
  privatePercent: number;
}

/** The service's share of the region, in the order an organization lists them. */
interface PlannedService {
  kind: DemoServiceKind;
  city: City;
  location: LocationRow;
}

const fill = (text: string, city: City) => text.replace(/\{city\}/g, city.name);

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** Near the city's centre, as the seed's clients are, so "near the client" finds something. */
function near(r: Random, city: City, spread = 0.06): { latitude: number; longitude: number } {
  return {
    latitude: Number((city.latitude + (r.next() - 0.5) * spread).toFixed(5)),
    longitude: Number((city.longitude + (r.next() - 0.5) * spread).toFixed(5)),
  };
}

function phoneNumber(r: Random, areaCodes: readonly string[]): string {
  // 555-01XX numbers are reserved for fiction: none of them rings a real person.
  return `(${r.pick(areaCodes)}) 555-01${String(r.int(0, 99)).padStart(2, '0')}`;
}

/** Verified within the last year and a half, a few long ago: the staleness a real directory has. */
function verifiedOn(r: Random, now: Date): string {
  return addDays(todayIsoDate(now), -(r.chance(0.06) ? r.int(700, 1100) : r.int(3, 540)));
}

/**
 * Plans organizations with their locations and services until `services` services are
 * planned (or a little under, when the last organization would overshoot). Each organization
 * is of a kind, in one city, with one or more sites nearby; its services have that kind's
 * hours, languages, eligibility, fees and documents.
 */
export function planDirectoryRegion(ctx: DirectoryPlanContext, services: number, records: DirectoryRecords): void {
  const { r } = ctx;
  const weights = Object.fromEntries(DEMO_ORGANIZATION_KINDS.map((kind, i) => [String(i), kind.weight]));
  let planned = 0;
  while (planned < services) {
    const kind = DEMO_ORGANIZATION_KINDS[Number(r.weighted(weights))];
    const offered = [kind.services[0], ...kind.services.slice(1).filter(() => r.chance(0.55))].slice(0, services - planned);
    planned += planOrganization(ctx, kind, offered, records);
  }
}

function planOrganization(ctx: DirectoryPlanContext, kind: DemoOrganizationKind, offered: readonly DemoServiceKind[], records: DirectoryRecords): number {
  const { r, now } = ctx;
  // Riverside, the county seat, has more services than the towns around it.
  const city = r.chance(0.3) ? ctx.cities[0] : r.pick(ctx.cities);
  const name = fill(r.pick(kind.names), city);
  const domain = `${slug(name).slice(0, 40)}.example.org`;
  const organization: OrganizationRow = {
    id: seedId(),
    visibility: r.chance(ctx.privatePercent / 100) ? DirectoryVisibility.PRIVATE : DirectoryVisibility.SHARED,
    waymark_agency_id: null,
    name,
    description: fill(kind.description, city),
    email: `info@${domain}`,
    website: `https://www.${domain}`,
    last_verified_on: verifiedOn(r, now),
  };
  records.organizations.push(organization);
  const sites = Array.from({ length: r.int(1, kind.sites) }, (_, i) => {
    // Most branches are across town; some in a neighbouring town.
    const siteCity = i === 0 || r.chance(0.6) ? city : r.pick(ctx.cities);
    return { city: siteCity, location: addLocation(ctx, organization, siteCity, kind.sites > 1, records) };
  });
  for (const kindOfService of offered) {
    const site = r.pick(sites);
    addService(ctx, organization, { kind: kindOfService, ...site }, records);
  }
  return offered.length;
}

function addLocation(ctx: DirectoryPlanContext, organization: OrganizationRow, city: City, named: boolean, records: DirectoryRecords): LocationRow {
  const { r } = ctx;
  const street = `${r.int(100, 9999)} ${r.pick(STREET_NAMES)}`;
  const location: LocationRow = {
    id: seedId(),
    organization_id: organization.id,
    name: named ? `${organization.name} – ${city.name}, ${street.replace(/^\d+ /, '')}` : organization.name,
    description: null,
    transportation: r.chance(0.5) ? `Bus route ${r.int(1, 60)} stops within a block; free parking on site.` : null,
    ...near(r, city),
    time_zone: DIRECTORY_TIME_ZONE,
  };
  records.locations.push(location);
  records.addresses.push({
    id: seedId(),
    location_id: location.id,
    address_1: street,
    city: city.name,
    region: ctx.county,
    state_province: 'CA',
    postal_code: r.pick(city.postalCodes),
  });
  return location;
}

/** A service of a kind at one of its organization's sites, with everything a person asks before going. */
export function addService(ctx: DirectoryPlanContext, organization: OrganizationRow, planned: PlannedService, records: DirectoryRecords, status?: ServiceStatus): string {
  const { r, now } = ctx;
  const { kind, city, location } = planned;
  const id = seedId();
  const closed = status ?? (r.weighted({ ACTIVE: 94, TEMPORARILY_CLOSED: 3, INACTIVE: 2, DEFUNCT: 1 }) satisfies ServiceStatus);
  const languages = [
    { code: 'en', name: 'English' },
    ...(r.chance((kind.spanish ?? 50) / 100) ? [{ code: 'es', name: 'Spanish' }] : []),
    ...OTHER_LANGUAGES.filter((language) => r.chance(language.chance)),
  ];
  records.services.push({
    id,
    organization_id: organization.id,
    name: kind.name,
    alternate_name: kind.alternateName ?? null,
    description: fill(kind.description, city),
    url: `${organization.website}/${slug(kind.name)}`,
    email: organization.email,
    status: closed,
    interpretation_services: languages.length > 1 ? 'Interpreters by phone for any other language, free of charge.' : null,
    application_process: fill(kind.apply, city),
    fees_description: kind.fees ?? null,
    eligibility_description: kind.eligibility ? fill(kind.eligibility, city) : null,
    minimum_age: kind.ages?.[0] ?? null,
    maximum_age: kind.ages?.[1] ?? null,
    alert: closed === ServiceStatus.TEMPORARILY_CLOSED ? `Temporarily closed until ${addDays(todayIsoDate(now), r.int(7, 60))} for repairs; call for the nearest open site.` : null,
    keywords: [...kind.keywords],
    last_verified_on: verifiedOn(r, now),
  });
  records.servicesAtLocations.push({ id: seedId(), service_id: id, location_id: location.id });
  records.phones.push({ id: seedId(), service_id: id, number: phoneNumber(r, ctx.areaCodes), type: 'voice' });
  for (const language of languages) records.languages.push({ id: seedId(), service_id: id, ...language });
  for (const [days, opensAt, closesAt] of HOURS[kind.hours]) {
    for (const byday of days) records.schedules.push({ id: seedId(), service_id: id, byday, opens_at: opensAt, closes_at: closesAt });
  }
  for (const document of kind.documents ?? []) records.documents.push({ id: seedId(), service_id: id, document });
  if (kind.cost) records.costs.push({ id: seedId(), service_id: id, option: kind.cost.option, currency: 'USD', amount: kind.cost.amount });
  records.areas.push({ id: seedId(), service_id: id, name: city.name });
  if (kind.hours === 'allHours' || r.chance(0.3)) records.areas.push({ id: seedId(), service_id: id, name: ctx.county });
  for (const code of kind.categories) {
    const term = ctx.terms.get(code);
    if (!term) throw new Error(`seed: the directory names a category the taxonomy lacks: ${code}`);
    records.categories.push({ service_id: id, taxonomy_term_id: term });
  }
  if (kind.capacity) {
    const maximum = r.int(...kind.capacity.maximum);
    records.capacity.push({
      id: seedId(),
      service_id: id,
      unit_id: ctx.units.get(kind.capacity.unit) as string,
      maximum,
      available: r.chance(0.25) ? 0 : r.int(0, Math.ceil(maximum / 4)),
      updated: new Date(now.getTime() - r.int(1, 72) * 3_600_000),
    });
  }
  return id;
}
