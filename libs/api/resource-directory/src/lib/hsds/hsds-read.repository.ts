import { Injectable } from '@nestjs/common';
import { AgencySql } from './agency-sql';
import { HSDS_TABLE_NAMES, HSDS_TABLES, type HsdsTableName, STORED_IN } from './hsds-tables';
import { derivedId } from './derived-id';
import { joinWeekdays } from './hsds-schedules';

/** One exported row: HSDS field name → value as HSDS spells it. */
export type HsdsRow = Record<string, unknown>;
export type HsdsTables = Record<HsdsTableName, HsdsRow[]>;

/** The reference rows an agency's directory uses: its services' terms and their ancestors, their taxonomies, its capacities' units. */
const USED_TERMS = `SELECT id FROM taxonomy_term WHERE (agency_id IS NULL OR agency_id = $1) AND code = ANY (
  SELECT unnest(used.path) FROM taxonomy_term used JOIN service_taxonomy link ON link.taxonomy_term_id = used.id WHERE link.agency_id = $1)`;

const FROM: Partial<Record<HsdsTableName, string>> = {
  taxonomy_term: `taxonomy_term WHERE id IN (${USED_TERMS})`,
  taxonomy: `taxonomy WHERE id IN (SELECT taxonomy_id FROM taxonomy_term WHERE id IN (${USED_TERMS}))`,
  unit: `capacity_unit WHERE id IN (SELECT unit_id FROM service_capacity WHERE agency_id = $1)`,
};

/** Fields not stored as a column of their own, as the export selects them. */
const DERIVED: Partial<Record<string, string>> = {
  'taxonomy_term.taxonomy': '(SELECT name FROM taxonomy WHERE taxonomy.id = taxonomy_term.taxonomy_id)',
};

/**
 * The SELECT list of an HSDS table's fields, each as HSDS names and spells it, from its stored
 * table (under the table's own name): what the export and the HSDS API both read.
 */
export function hsdsColumns(name: HsdsTableName): string {
  const table = STORED_IN[name];
  return HSDS_TABLES[name].fields
    .map((field) => {
      const column = field.column === undefined ? field.name : field.column;
      const expression = column ? (field.kind.select?.(`${table}.${column}`) ?? `${table}.${column}`) : (DERIVED[`${name}.${field.name}`] ?? 'NULL');
      return `${expression} AS "${field.name}"`;
    })
    .join(', ');
}

/** The caller's agency's kept directory as HSDS tables, every table ordered by id (an export is the same each time). */
@Injectable()
export class HsdsReadRepository extends AgencySql {
  async tables(): Promise<HsdsTables> {
    const tables = {} as HsdsTables;
    for (const name of HSDS_TABLE_NAMES) tables[name] = name === 'attribute' ? await this.attributes() : await this.rows(name);
    tables.schedule = joinWeekdays(tables.schedule as Parameters<typeof joinWeekdays>[0]);
    return tables;
  }

  private rows(name: HsdsTableName): Promise<HsdsRow[]> {
    const table = STORED_IN[name];
    const from = FROM[name] ?? `${table} WHERE agency_id = $1`;
    return this.query(`SELECT ${hsdsColumns(name)} FROM ${from} ORDER BY ${table}.id`, [this.agencyId]);
  }

  /** The service's taxonomy terms as HSDS attributes. */
  private async attributes(): Promise<HsdsRow[]> {
    const links: { serviceId: string; termId: string }[] = await this.query(
      `SELECT service_id::text AS "serviceId", taxonomy_term_id::text AS "termId" FROM service_taxonomy WHERE agency_id = $1`,
      [this.agencyId],
    );
    return links.map(hsdsAttribute).sort((a, b) => a.id.localeCompare(b.id));
  }
}

/** A service's link to a term as the HSDS attribute it is; Waymark keeps the link only, so the attribute's id is derived from it. */
export function hsdsAttribute({ serviceId, termId }: { serviceId: string; termId: string }): HsdsRow & { id: string } {
  return { id: derivedId('attribute', serviceId, termId), link_id: serviceId, taxonomy_term_id: termId, link_type: null, link_entity: 'service', value: null };
}
