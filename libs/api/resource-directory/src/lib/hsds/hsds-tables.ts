import {
  COORDINATE_LIMITS,
  DIRECTORY_AGE_MAX,
  DIRECTORY_DESCRIPTION_MAX_LENGTH,
  DIRECTORY_NAME_MAX_LENGTH,
  DIRECTORY_SHORT_TEXT_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  HSDS_SERVICE_STATUS,
  LocationType,
  ServiceStatus,
} from '@waymark/shared/types';
import { date, dateTime, decimal, type FieldKind, integer, oneOf, text, time, uuid, weekdays } from './hsds-field-kinds';

/** The HSDS 3.0 tables Waymark keeps (and 3.1's service_capacity and unit), parents before children. */
export const HSDS_TABLE_NAMES = [
  'taxonomy',
  'taxonomy_term',
  'unit',
  'organization',
  'location',
  'service',
  'service_at_location',
  'address',
  'phone',
  'language',
  'schedule',
  'required_document',
  'cost_option',
  'service_area',
  'attribute',
  'service_capacity',
] as const;
export type HsdsTableName = (typeof HSDS_TABLE_NAMES)[number];

/** The table each HSDS table is stored in; an attribute is the link of a service to a term. */
export const STORED_IN: Record<HsdsTableName, string> = {
  taxonomy: 'taxonomy',
  taxonomy_term: 'taxonomy_term',
  unit: 'capacity_unit',
  attribute: 'service_taxonomy',
  organization: 'organization',
  location: 'location',
  service: 'service',
  service_at_location: 'service_at_location',
  address: 'address',
  phone: 'phone',
  language: 'language',
  schedule: 'schedule',
  required_document: 'required_document',
  cost_option: 'cost_option',
  service_area: 'service_area',
  service_capacity: 'service_capacity',
};

export interface HsdsField {
  /** The HSDS field name, in files and in the CSV header. */
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** The column it is stored in: its own name unless said; null when it is not stored as such. */
  column?: string | null;
  /** What is stored when the file leaves it out (the column's default). */
  fallback?: unknown;
}

export interface HsdsTable {
  name: HsdsTableName;
  /** The CSV file of the data package (its plural, as HSDS names them). */
  path: string;
  fields: HsdsField[];
  /** Fields naming a row of another table, which must be in the file or already kept. */
  parents: Partial<Record<string, HsdsTableName>>;
  /** Exactly one of these must be given (a phone belongs to one organization, service, location…). */
  oneParentOf?: string[];
  /** Kept per agency (the others are reference data common to every agency). */
  kept: boolean;
  /** Rows with a version that an edit bumps. */
  versioned?: boolean;
}

const NAME = text(DIRECTORY_NAME_MAX_LENGTH);
const LONG = text(DIRECTORY_DESCRIPTION_MAX_LENGTH);
const SHORT = text(DIRECTORY_SHORT_TEXT_MAX_LENGTH);
const EMAIL = text(EMAIL_MAX_LENGTH);
const ID: HsdsField = { name: 'id', kind: uuid, required: true };
const optional = (name: string, kind: FieldKind, column?: string | null): HsdsField => ({ name, kind, column });
const required = (name: string, kind: FieldKind): HsdsField => ({ name, kind, required: true });

const LOCATION_TYPES: Record<LocationType, string> = { PHYSICAL: 'physical', POSTAL: 'postal', VIRTUAL: 'virtual' };

export const HSDS_TABLES: Record<HsdsTableName, HsdsTable> = {
  taxonomy: {
    name: 'taxonomy',
    path: 'taxonomies.csv',
    kept: false,
    fields: [ID, required('name', NAME), optional('description', LONG), optional('uri', SHORT), optional('version', NAME)],
    parents: {},
  },
  taxonomy_term: {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    kept: false,
    fields: [
      ID,
      optional('code', NAME),
      required('name', NAME),
      optional('description', LONG),
      optional('parent_id', uuid),
      // The taxonomy's name, for files that give it instead of (or with) taxonomy_id.
      optional('taxonomy', NAME, null),
      optional('taxonomy_id', uuid),
      optional('language', NAME),
    ],
    parents: { parent_id: 'taxonomy_term', taxonomy_id: 'taxonomy' },
  },
  unit: {
    name: 'unit',
    path: 'units.csv',
    kept: false,
    fields: [ID, required('name', NAME), optional('scheme', NAME), optional('identifier', NAME)],
    parents: {},
  },
  organization: {
    name: 'organization',
    path: 'organizations.csv',
    kept: true,
    versioned: true,
    fields: [
      ID,
      required('name', NAME),
      optional('alternate_name', NAME),
      optional('description', LONG),
      optional('email', EMAIL),
      optional('website', SHORT),
      optional('tax_id', NAME),
      optional('year_incorporated', integer(1000, 9999)),
      optional('legal_status', NAME),
    ],
    parents: {},
  },
  location: {
    name: 'location',
    path: 'locations.csv',
    kept: true,
    versioned: true,
    fields: [
      ID,
      { name: 'location_type', kind: oneOf(LOCATION_TYPES), fallback: LocationType.PHYSICAL },
      optional('url', SHORT),
      optional('organization_id', uuid),
      optional('name', NAME),
      optional('alternate_name', NAME),
      optional('description', LONG),
      optional('transportation', SHORT),
      optional('latitude', decimal(-COORDINATE_LIMITS.latitude, COORDINATE_LIMITS.latitude)),
      optional('longitude', decimal(-COORDINATE_LIMITS.longitude, COORDINATE_LIMITS.longitude)),
      optional('external_identifier', NAME),
    ],
    parents: { organization_id: 'organization' },
  },
  service: {
    name: 'service',
    path: 'services.csv',
    kept: true,
    versioned: true,
    fields: [
      ID,
      required('organization_id', uuid),
      required('name', NAME),
      optional('alternate_name', NAME),
      optional('description', LONG),
      optional('url', SHORT),
      optional('email', EMAIL),
      { name: 'status', kind: oneOf(HSDS_SERVICE_STATUS), fallback: ServiceStatus.ACTIVE },
      optional('interpretation_services', SHORT),
      optional('application_process', LONG),
      optional('fees_description', SHORT),
      optional('accreditations', SHORT),
      optional('eligibility_description', LONG),
      optional('minimum_age', integer(0, DIRECTORY_AGE_MAX)),
      optional('maximum_age', integer(0, DIRECTORY_AGE_MAX)),
      optional('assured_date', date, 'last_verified_on'),
      optional('assurer_email', EMAIL),
      optional('licenses', SHORT),
      optional('alert', SHORT),
    ],
    parents: { organization_id: 'organization' },
  },
  service_at_location: {
    name: 'service_at_location',
    path: 'service_at_locations.csv',
    kept: true,
    fields: [ID, required('service_id', uuid), required('location_id', uuid), optional('description', LONG)],
    parents: { service_id: 'service', location_id: 'location' },
  },
  address: {
    name: 'address',
    path: 'addresses.csv',
    kept: true,
    fields: [
      ID,
      required('location_id', uuid),
      optional('attention', NAME),
      required('address_1', NAME),
      optional('address_2', NAME),
      required('city', NAME),
      optional('region', NAME),
      required('state_province', NAME),
      required('postal_code', NAME),
      { name: 'country', kind: text(2), fallback: 'US' },
      { name: 'address_type', kind: oneOf({ physical: 'physical', postal: 'postal', virtual: 'virtual' }), fallback: 'physical' },
    ],
    parents: { location_id: 'location' },
  },
  phone: {
    name: 'phone',
    path: 'phones.csv',
    kept: true,
    fields: [
      ID,
      optional('location_id', uuid),
      optional('service_id', uuid),
      optional('organization_id', uuid),
      optional('service_at_location_id', uuid),
      required('number', NAME),
      optional('extension', NAME),
      optional('type', NAME),
      optional('description', SHORT),
    ],
    parents: { location_id: 'location', service_id: 'service', organization_id: 'organization', service_at_location_id: 'service_at_location' },
    oneParentOf: ['organization_id', 'service_id', 'location_id', 'service_at_location_id'],
  },
  language: {
    name: 'language',
    path: 'languages.csv',
    kept: true,
    fields: [ID, optional('service_id', uuid), optional('location_id', uuid), optional('phone_id', uuid), optional('name', NAME), required('code', text(20)), optional('note', SHORT)],
    parents: { service_id: 'service', location_id: 'location', phone_id: 'phone' },
    oneParentOf: ['service_id', 'location_id', 'phone_id'],
  },
  schedule: {
    name: 'schedule',
    path: 'schedules.csv',
    kept: true,
    fields: [
      ID,
      optional('service_id', uuid),
      optional('location_id', uuid),
      optional('service_at_location_id', uuid),
      optional('valid_from', date),
      optional('valid_to', date),
      { name: 'freq', kind: oneOf({ WEEKLY: 'WEEKLY' }), fallback: 'WEEKLY' },
      required('byday', weekdays),
      required('opens_at', time),
      required('closes_at', time),
      optional('description', SHORT),
    ],
    parents: { service_id: 'service', location_id: 'location', service_at_location_id: 'service_at_location' },
    oneParentOf: ['service_id', 'location_id', 'service_at_location_id'],
  },
  required_document: {
    name: 'required_document',
    path: 'required_documents.csv',
    kept: true,
    fields: [ID, required('service_id', uuid), required('document', SHORT), optional('uri', SHORT)],
    parents: { service_id: 'service' },
  },
  cost_option: {
    name: 'cost_option',
    path: 'cost_options.csv',
    kept: true,
    fields: [
      ID,
      required('service_id', uuid),
      optional('valid_from', date),
      optional('valid_to', date),
      optional('option', SHORT),
      optional('currency', text(3)),
      optional('amount', decimal(0, 9_999_999_999)),
      optional('amount_description', SHORT),
    ],
    parents: { service_id: 'service' },
  },
  service_area: {
    name: 'service_area',
    path: 'service_areas.csv',
    kept: true,
    fields: [ID, required('service_id', uuid), required('name', NAME), optional('description', LONG), optional('extent', LONG), optional('extent_type', NAME)],
    parents: { service_id: 'service' },
  },
  // A service's taxonomy terms; Waymark keeps the link (service_taxonomy), so an attribute's own id is derived from it.
  attribute: {
    name: 'attribute',
    path: 'attributes.csv',
    kept: true,
    fields: [
      ID,
      required('link_id', uuid),
      required('taxonomy_term_id', uuid),
      optional('link_type', NAME, null),
      required('link_entity', oneOf({ service: 'service' })),
      optional('value', NAME, null),
    ],
    parents: { link_id: 'service', taxonomy_term_id: 'taxonomy_term' },
  },
  service_capacity: {
    name: 'service_capacity',
    path: 'service_capacities.csv',
    kept: true,
    fields: [
      ID,
      required('service_id', uuid),
      required('unit_id', uuid),
      required('available', integer(0, 2_147_483_647)),
      optional('maximum', integer(0, 2_147_483_647)),
      optional('description', SHORT),
      required('updated', dateTime),
    ],
    parents: { service_id: 'service', unit_id: 'unit' },
  },
};
