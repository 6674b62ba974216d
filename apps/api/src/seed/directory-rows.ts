/**
 * Rows as the directory tables hold them (column names as keys), planned in memory and written
 * in bulk for the agency that keeps them. Calendar dates are 'YYYY-MM-DD' strings.
 */
export interface OrganizationRow {
  id: string;
  visibility: string;
  waymark_agency_id: string | null;
  name: string;
  description: string;
  email: string;
  website: string;
  last_verified_on: string;
}

export interface LocationRow {
  id: string;
  organization_id: string;
  name: string;
  description: string | null;
  transportation: string | null;
  latitude: number;
  longitude: number;
  time_zone: string;
}

export interface AddressRow {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  region: string | null;
  state_province: string;
  postal_code: string;
}

export interface ServiceRow {
  id: string;
  organization_id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  url: string;
  email: string;
  status: string;
  interpretation_services: string | null;
  application_process: string;
  fees_description: string | null;
  eligibility_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  alert: string | null;
  keywords: string[];
  last_verified_on: string;
}

export interface ServiceAtLocationRow {
  id: string;
  service_id: string;
  location_id: string;
}

export interface PhoneRow {
  id: string;
  service_id: string;
  number: string;
  type: string;
}

export interface LanguageRow {
  id: string;
  service_id: string;
  code: string;
  name: string;
}

export interface ScheduleRow {
  id: string;
  service_id: string;
  byday: string;
  opens_at: string;
  closes_at: string;
}

export interface RequiredDocumentRow {
  id: string;
  service_id: string;
  document: string;
}

export interface CostOptionRow {
  id: string;
  service_id: string;
  option: string;
  currency: string;
  amount: number;
}

export interface ServiceAreaRow {
  id: string;
  service_id: string;
  name: string;
}

export interface ServiceTaxonomyRow {
  service_id: string;
  taxonomy_term_id: string;
}

export interface ServiceCapacityRow {
  id: string;
  service_id: string;
  unit_id: string;
  available: number;
  maximum: number;
  updated: Date;
}

/** One agency's directory rows, in the order they are written (parents first). */
export interface DirectoryRecords {
  organizations: OrganizationRow[];
  locations: LocationRow[];
  addresses: AddressRow[];
  services: ServiceRow[];
  servicesAtLocations: ServiceAtLocationRow[];
  phones: PhoneRow[];
  languages: LanguageRow[];
  schedules: ScheduleRow[];
  documents: RequiredDocumentRow[];
  costs: CostOptionRow[];
  areas: ServiceAreaRow[];
  categories: ServiceTaxonomyRow[];
  capacity: ServiceCapacityRow[];
}

export function emptyDirectory(): DirectoryRecords {
  return {
    organizations: [],
    locations: [],
    addresses: [],
    services: [],
    servicesAtLocations: [],
    phones: [],
    languages: [],
    schedules: [],
    documents: [],
    costs: [],
    areas: [],
    categories: [],
    capacity: [],
  };
}
