import { bulkInsert, type Columns, type RunQuery } from './bulk-insert';
import type {
  AddressRow,
  CostOptionRow,
  DirectoryRecords,
  LanguageRow,
  LocationRow,
  OrganizationRow,
  PhoneRow,
  RequiredDocumentRow,
  ScheduleRow,
  ServiceAreaRow,
  ServiceAtLocationRow,
  ServiceCapacityRow,
  ServiceRow,
  ServiceTaxonomyRow,
} from './directory-rows';

const ORGANIZATION: Columns<OrganizationRow> = {
  id: 'uuid',
  visibility: 'text',
  waymark_agency_id: 'uuid',
  name: 'text',
  description: 'text',
  email: 'text',
  website: 'text',
  last_verified_on: 'date',
};

const LOCATION: Columns<LocationRow> = {
  id: 'uuid',
  organization_id: 'uuid',
  name: 'text',
  description: 'text',
  transportation: 'text',
  latitude: 'float8',
  longitude: 'float8',
  time_zone: 'text',
};

const ADDRESS: Columns<AddressRow> = {
  id: 'uuid',
  location_id: 'uuid',
  address_1: 'text',
  city: 'text',
  region: 'text',
  state_province: 'text',
  postal_code: 'text',
};

const SERVICE: Columns<ServiceRow> = {
  id: 'uuid',
  organization_id: 'uuid',
  name: 'text',
  alternate_name: 'text',
  description: 'text',
  url: 'text',
  email: 'text',
  status: 'text',
  interpretation_services: 'text',
  application_process: 'text',
  fees_description: 'text',
  eligibility_description: 'text',
  minimum_age: 'int',
  maximum_age: 'int',
  alert: 'text',
  keywords: 'text[]',
  last_verified_on: 'date',
};

const SERVICE_AT_LOCATION: Columns<ServiceAtLocationRow> = { id: 'uuid', service_id: 'uuid', location_id: 'uuid' };
const PHONE: Columns<PhoneRow> = { id: 'uuid', service_id: 'uuid', number: 'text', type: 'text' };
const LANGUAGE: Columns<LanguageRow> = { id: 'uuid', service_id: 'uuid', code: 'text', name: 'text' };
const SCHEDULE: Columns<ScheduleRow> = { id: 'uuid', service_id: 'uuid', byday: 'text', opens_at: 'time', closes_at: 'time' };
const DOCUMENT: Columns<RequiredDocumentRow> = { id: 'uuid', service_id: 'uuid', document: 'text' };
const COST: Columns<CostOptionRow> = { id: 'uuid', service_id: 'uuid', option: 'text', currency: 'text', amount: 'float8' };
const AREA: Columns<ServiceAreaRow> = { id: 'uuid', service_id: 'uuid', name: 'text' };
const CATEGORY: Columns<ServiceTaxonomyRow> = { service_id: 'uuid', taxonomy_term_id: 'uuid' };
const CAPACITY: Columns<ServiceCapacityRow> = { id: 'uuid', service_id: 'uuid', unit_id: 'uuid', available: 'int', maximum: 'int', updated: 'timestamptz' };

/** Writes one agency's batch of directory rows, parents before children (a service's search words read its organization's name). */
export async function writeDirectory(run: RunQuery, agencyId: string, records: DirectoryRecords): Promise<void> {
  await bulkInsert(run, 'organization', agencyId, ORGANIZATION, records.organizations);
  await bulkInsert(run, 'location', agencyId, LOCATION, records.locations);
  await bulkInsert(run, 'address', agencyId, ADDRESS, records.addresses);
  await bulkInsert(run, 'service', agencyId, SERVICE, records.services);
  await bulkInsert(run, 'service_at_location', agencyId, SERVICE_AT_LOCATION, records.servicesAtLocations);
  await bulkInsert(run, 'phone', agencyId, PHONE, records.phones);
  await bulkInsert(run, 'language', agencyId, LANGUAGE, records.languages);
  await bulkInsert(run, 'schedule', agencyId, SCHEDULE, records.schedules);
  await bulkInsert(run, 'required_document', agencyId, DOCUMENT, records.documents);
  await bulkInsert(run, 'cost_option', agencyId, COST, records.costs);
  await bulkInsert(run, 'service_area', agencyId, AREA, records.areas);
  await bulkInsert(run, 'service_taxonomy', agencyId, CATEGORY, records.categories);
  await bulkInsert(run, 'service_capacity', agencyId, CAPACITY, records.capacity);
  // Fresh tables have no statistics, so the next batch's foreign-key checks would scan them whole (see bulkInsert),
  // and a search run right after the seed (a benchmark) would plan its joins as if the tables were empty.
  await run(`ANALYZE organization, location, address, service, service_at_location, phone, language, schedule, service_taxonomy`, []);
}
