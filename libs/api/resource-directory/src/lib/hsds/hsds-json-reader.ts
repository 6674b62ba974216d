import { BadInputError } from '@waymark/api/common';
import type { HsdsRecord, ImportUnit } from './hsds-rows';
import { HSDS_TABLE_NAMES, HSDS_TABLES, type HsdsTableName } from './hsds-tables';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** The tables' names as a tabular JSON file keys them: the CSV name without ".csv" ("services") or the table's own ("service"). */
const TABLE_KEYS = new Map<string, HsdsTableName>(
  HSDS_TABLE_NAMES.flatMap((name) => [
    [HSDS_TABLES[name].path.replace(/\.csv$/, ''), name],
    [name, name],
  ]),
);

/**
 * Reads an HSDS JSON file: the 3.0 form (an array of services, each with its organization,
 * service_at_locations with their locations, phones, schedules, languages… nested; or an API
 * page `{ contents: [...] }` of them), where one service with all it holds is one unit; or a
 * tabular object with an array per table (`{ organizations: [...], services: [...] }`), where
 * each entry is one.
 */
export function readHsdsJson(file: string, content: string): ImportUnit[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    throw new BadInputError(`${file} is not JSON: ${(error as Error).message}`, [{ field: 'files', message: 'not JSON' }]);
  }
  if (Array.isArray(parsed)) return parsed.map((entry, index) => ({ file, row: index + 1, records: compiledService(entry, ''), wholeService: true }));
  if (isObject(parsed) && Array.isArray(parsed.contents)) {
    return parsed.contents.map((entry, index) => ({ file, row: index + 1, records: compiledService(entry, ''), wholeService: true }));
  }
  if (!isObject(parsed)) throw new BadInputError(`${file} holds neither HSDS services nor HSDS tables.`, [{ field: 'files', message: 'not HSDS' }]);
  const units: ImportUnit[] = [];
  const tables = Object.entries(parsed).filter(([key, rows]) => TABLE_KEYS.has(key) && Array.isArray(rows));
  if (!tables.length) throw new BadInputError(`${file} holds neither HSDS services nor HSDS tables.`, [{ field: 'files', message: 'not HSDS' }]);
  for (const name of HSDS_TABLE_NAMES) {
    for (const [key, rows] of tables.filter(([key]) => TABLE_KEYS.get(key) === name)) {
      (rows as unknown[]).forEach((row, index) => {
        units.push({ file, row: index + 1, records: [{ table: name, values: isObject(row) ? row : {}, at: `${key}[${index}].` }] });
      });
    }
  }
  return units;
}

/** One service of the HSDS 3.0 JSON as the flat records it holds, each child given the id of what it is nested in. */
function compiledService(entry: unknown, at: string): HsdsRecord[] {
  const records: HsdsRecord[] = [];
  const add = (table: HsdsTableName, values: Json, path: string, parent: Json = {}) => {
    const own = { ...values };
    for (const [field, id] of Object.entries(parent)) if (own[field] === undefined || own[field] === null || own[field] === '') own[field] = id;
    records.push({ table, values: own, at: path });
    return own;
  };
  const phones = (rows: unknown, path: string, parent: Json) =>
    list(rows).forEach((phone, i) => {
      const own = add('phone', phone, `${path}phones[${i}].`, parent);
      list(phone.languages).forEach((language, j) => add('language', language, `${path}phones[${i}].languages[${j}].`, { phone_id: own.id }));
    });
  const each = (table: HsdsTableName, key: string, source: Json, path: string, parent: Json) =>
    list(source[key]).forEach((row, i) => add(table, row, `${path}${key}[${i}].`, parent));

  const service = isObject(entry) ? entry : {};
  const organization = isObject(service.organization) ? service.organization : null;
  if (organization) {
    add('organization', organization, `${at}organization.`);
    phones(organization.phones, `${at}organization.`, { organization_id: organization.id });
  }
  const own = add('service', service, at, organization ? { organization_id: organization.id } : {});
  const ofService = { service_id: own.id };
  list(service.service_at_locations).forEach((link, i) => {
    const path = `${at}service_at_locations[${i}].`;
    const location = isObject(link.location) ? link.location : null;
    if (location) {
      const place = add('location', location, `${path}location.`, organization ? { organization_id: organization.id } : {});
      const ofLocation = { location_id: place.id };
      each('address', 'addresses', location, `${path}location.`, ofLocation);
      phones(location.phones, `${path}location.`, ofLocation);
      each('schedule', 'schedules', location, `${path}location.`, ofLocation);
      each('language', 'languages', location, `${path}location.`, ofLocation);
    }
    const at_ = add('service_at_location', link, path, { ...ofService, location_id: location?.id });
    phones(link.phones, path, { service_at_location_id: at_.id });
    each('schedule', 'schedules', link, path, { service_at_location_id: at_.id });
  });
  phones(service.phones, at, ofService);
  for (const [table, key] of [
    ['schedule', 'schedules'],
    ['language', 'languages'],
    ['service_area', 'service_areas'],
    ['cost_option', 'cost_options'],
    ['required_document', 'required_documents'],
  ] as const) {
    each(table, key, service, at, ofService);
  }
  list(service.attributes).forEach((attribute, i) => {
    const path = `${at}attributes[${i}].`;
    const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : null;
    if (term) {
      const taxonomy = isObject(term.taxonomy_detail) ? term.taxonomy_detail : null;
      if (taxonomy) add('taxonomy', taxonomy, `${path}taxonomy_term.taxonomy_detail.`);
      add('taxonomy_term', term, `${path}taxonomy_term.`, taxonomy ? { taxonomy_id: taxonomy.id } : {});
    }
    add('attribute', attribute, path, { link_id: own.id, link_entity: 'service', taxonomy_term_id: term?.id });
  });
  list(service.capacities).forEach((capacity, i) => {
    const path = `${at}capacities[${i}].`;
    const unit = isObject(capacity.unit) ? capacity.unit : null;
    if (unit) add('unit', unit, `${path}unit.`);
    add('service_capacity', capacity, path, { ...ofService, unit_id: unit?.id });
  });
  // Parents first, so each record finds what it names already written.
  return records.sort((a, b) => HSDS_TABLE_NAMES.indexOf(a.table) - HSDS_TABLE_NAMES.indexOf(b.table));
}
