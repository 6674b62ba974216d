import { stringify } from 'csv-stringify/sync';
import { DATAPACKAGE, type NamedFile } from './hsds-csv-reader';
import type { HsdsRow, HsdsTables } from './hsds-read.repository';
import { HSDS_TABLE_NAMES, HSDS_TABLES } from './hsds-tables';

export const HSDS_JSON_FILE = 'directory.hsds.json';

/** Rows by the value of one of their fields (a parent's id), in the order they came. */
function byField(rows: HsdsRow[], field: string): Map<unknown, HsdsRow[]> {
  const groups = new Map<unknown, HsdsRow[]>();
  for (const row of rows) if (row[field] != null) groups.set(row[field], [...(groups.get(row[field]) ?? []), row]);
  return groups;
}

/** The HSDS 3.0 JSON: every service nested as `hsdsServices` nests it, one file. */
export function hsdsJson(tables: HsdsTables): NamedFile {
  return { name: HSDS_JSON_FILE, content: `${JSON.stringify(hsdsServices(tables), null, 2)}\n` };
}

/**
 * The services of `tables` as HSDS 3.0 nests them, each with its organization, its service_at_locations
 * with their locations (addresses, phones, schedules, languages), its phones, schedules,
 * languages, service areas, cost options, required documents, attributes with their taxonomy
 * terms, and capacities with their units. Organizations and locations that offer no service have
 * no place in it: the CSV data package carries every table whole.
 */
export function hsdsServices(tables: HsdsTables): HsdsRow[] {
  const of = (table: keyof HsdsTables, field: string) => {
    const groups = byField(tables[table], field);
    return (id: unknown) => groups.get(id) ?? [];
  };
  const byId = (table: keyof HsdsTables) => {
    const rows = new Map(tables[table].map((row) => [row.id, row]));
    // Every id asked for is a parent the database keeps (its foreign keys say so).
    return { get: (id: unknown) => rows.get(id) as HsdsRow };
  };
  const languagesOfPhone = of('language', 'phone_id');
  const withLanguages = (phones: HsdsRow[]) => phones.map((phone) => ({ ...phone, languages: languagesOfPhone(phone.id) }));
  const organizations = byId('organization');
  const locations = byId('location');
  const terms = byId('taxonomy_term');
  const taxonomies = byId('taxonomy');
  const units = byId('unit');
  const phonesOf = { organization: of('phone', 'organization_id'), service: of('phone', 'service_id'), location: of('phone', 'location_id'), link: of('phone', 'service_at_location_id') };
  const schedulesOf = { service: of('schedule', 'service_id'), location: of('schedule', 'location_id'), link: of('schedule', 'service_at_location_id') };
  const languagesOf = { service: of('language', 'service_id'), location: of('language', 'location_id') };
  const addressesOf = of('address', 'location_id');
  const linksOf = of('service_at_location', 'service_id');
  const attributesOf = of('attribute', 'link_id');
  const capacitiesOf = of('service_capacity', 'service_id');
  const areasOf = of('service_area', 'service_id');
  const costsOf = of('cost_option', 'service_id');
  const documentsOf = of('required_document', 'service_id');

  return tables.service.map((service) => {
    const organization = organizations.get(service.organization_id);
    return {
      ...service,
      organization: { ...organization, phones: withLanguages(phonesOf.organization(organization.id)) },
      service_at_locations: linksOf(service.id).map((link) => {
        const location = locations.get(link.location_id);
        return {
          ...link,
          phones: withLanguages(phonesOf.link(link.id)),
          schedules: schedulesOf.link(link.id),
          location: {
            ...location,
            addresses: addressesOf(location.id),
            phones: withLanguages(phonesOf.location(location.id)),
            schedules: schedulesOf.location(location.id),
            languages: languagesOf.location(location.id),
          },
        };
      }),
      phones: withLanguages(phonesOf.service(service.id)),
      schedules: schedulesOf.service(service.id),
      languages: languagesOf.service(service.id),
      service_areas: areasOf(service.id),
      cost_options: costsOf(service.id),
      required_documents: documentsOf(service.id),
      attributes: attributesOf(service.id).map((attribute) => {
        const term = terms.get(attribute.taxonomy_term_id);
        const taxonomy = term.taxonomy_id ? taxonomies.get(term.taxonomy_id) : undefined;
        return { ...attribute, taxonomy_term: { ...term, ...(taxonomy ? { taxonomy_detail: taxonomy } : {}) } };
      }),
      capacities: capacitiesOf(service.id).map((capacity) => ({ ...capacity, unit: units.get(capacity.unit_id) })),
    };
  });
}

/** The HSDS tabular data package: datapackage.json describing a CSV per table, and the CSVs (a header line even when empty). */
export function hsdsCsv(tables: HsdsTables): NamedFile[] {
  const resources = HSDS_TABLE_NAMES.map((name) => {
    const spec = HSDS_TABLES[name];
    const foreignKeys = Object.entries(spec.parents).map(([field, parent]) => ({ fields: field, reference: { resource: parent, fields: 'id' } }));
    return {
      name,
      path: spec.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      schema: {
        fields: spec.fields.map((field) => ({ name: field.name, type: field.kind.type ?? 'string', ...(field.required ? { constraints: { required: true } } : {}) })),
        primaryKey: 'id',
        ...(foreignKeys.length ? { foreignKeys } : {}),
      },
    };
  });
  const descriptor = { name: 'waymark-directory', title: 'Resource directory (Open Referral HSDS 3.0)', profile: 'tabular-data-package', resources };
  const csvs = HSDS_TABLE_NAMES.map((name) => {
    const columns = HSDS_TABLES[name].fields.map((field) => field.name);
    return { name: HSDS_TABLES[name].path, content: stringify(tables[name], { header: true, columns, cast: { number: String } }) };
  });
  return [{ name: DATAPACKAGE, content: `${JSON.stringify(descriptor, null, 2)}\n` }, ...csvs];
}
