import { Injectable } from '@nestjs/common';
import { READABLE_TERM } from '../taxonomy/taxonomy-terms.service';
import { AgencySql } from './agency-sql';

const SAVEPOINT = 'hsds_row';

/**
 * The import's writes, in SQL, inside the caller's transaction: each unit under a savepoint, so
 * a unit that fails is undone whole and the batch goes on. Kept rows are always the caller's
 * agency's: an upsert never touches a row another agency keeps.
 */
@Injectable()
export class HsdsWriteRepository extends AgencySql {
  savepoint(): Promise<unknown> {
    return this.query(`SAVEPOINT ${SAVEPOINT}`);
  }

  undo(): Promise<unknown> {
    return this.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  }

  keep(): Promise<unknown> {
    return this.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
  }

  /** Whether a row with this id is kept by another agency (its id is not ours to write). */
  async keptElsewhere(table: string, ids: string[]): Promise<boolean> {
    const [row] = await this.query(`SELECT 1 FROM ${table} WHERE id = ANY($1::uuid[]) AND agency_id <> $2 LIMIT 1`, [ids, this.agencyId]);
    return Boolean(row);
  }

  async keptHere(table: string, id: string): Promise<boolean> {
    const [row] = await this.query(`SELECT 1 FROM ${table} WHERE id = $1 AND agency_id = $2`, [id, this.agencyId]);
    return Boolean(row);
  }

  /**
   * Inserts the row, or updates the agency's row of that id when anything differs (bumping its
   * version where it has one): importing the same file twice changes nothing the second time.
   */
  async upsert(table: string, values: Record<string, unknown>, versioned: boolean): Promise<void> {
    const columns = Object.keys(values);
    const updated = columns.filter((column) => column !== 'id');
    const sets = [...updated.map((column) => `${column} = EXCLUDED.${column}`), ...(versioned ? [`version = ${table}.version + 1`, 'updated_at = now()'] : [])];
    await this.query(
      `INSERT INTO ${table} (agency_id, ${columns.join(', ')}) VALUES ($1, ${columns.map((_, i) => `$${i + 2}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${sets.join(', ')}
       WHERE ${table}.agency_id = EXCLUDED.agency_id
         AND (${updated.map((column) => `${table}.${column}`).join(', ')}) IS DISTINCT FROM (${updated.map((column) => `EXCLUDED.${column}`).join(', ')})`,
      [this.agencyId, ...Object.values(values)],
    );
  }

  /** Removes the agency's schedule rows of these ids (the weekdays an HSDS schedule no longer names). */
  async dropSchedules(ids: string[]): Promise<void> {
    await this.query(`DELETE FROM schedule WHERE agency_id = $1 AND id = ANY($2::uuid[])`, [this.agencyId, ids]);
  }

  /** Removes the rows of the agency's service in `table` that are not among `kept` (compared on `column`). */
  async prune(table: string, serviceId: string, kept: string[], column = 'id'): Promise<void> {
    await this.query(`DELETE FROM ${table} WHERE agency_id = $1 AND service_id = $2 AND NOT (${column} = ANY($3::uuid[]))`, [this.agencyId, serviceId, kept]);
  }

  /** Tags the agency's service with a taxonomy term (an HSDS attribute of the service). */
  async tagService(serviceId: string, termId: string): Promise<void> {
    await this.query(
      `INSERT INTO service_taxonomy (agency_id, service_id, taxonomy_term_id) VALUES ($1, $2, $3) ON CONFLICT (service_id, taxonomy_term_id) DO NOTHING`,
      [this.agencyId, serviceId, termId],
    );
  }

  /** A taxonomy the agency reads (global or its own) by its id, or else by its name: the id it is kept under. */
  async taxonomyId(id: string | null, name: string | null): Promise<string | null> {
    const [row] = await this.query<{ id: string }>(
      `SELECT id::text FROM taxonomy WHERE ${READABLE_TERM('taxonomy', '$3')} AND (id = $1 OR name = $2) ORDER BY id = $1 DESC, agency_id NULLS FIRST LIMIT 1`,
      [id, name, this.agencyId],
    );
    return row?.id ?? null;
  }

  /** A capacity unit (global reference data) by its id, or else by its name. */
  async unitId(id: string | null, name: string | null): Promise<string | null> {
    const [row] = await this.query<{ id: string }>(`SELECT id::text FROM capacity_unit WHERE id = $1 OR name = $2 ORDER BY id = $1 DESC LIMIT 1`, [id, name]);
    return row?.id ?? null;
  }

  /** Whether `id` is free for a new row of `table` (a file may reuse an id another agency's row holds). */
  async idFree(table: 'taxonomy' | 'taxonomy_term' | 'capacity_unit', id: string): Promise<boolean> {
    const [row] = await this.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
    return !row;
  }

  /** Adds a taxonomy kept by the agency. */
  async addTaxonomy(values: { id: string; name: string; description: unknown; uri: unknown; version: unknown }): Promise<void> {
    await this.query(`INSERT INTO taxonomy (id, agency_id, name, description, uri, version) VALUES ($1, $2, $3, $4, $5, $6)`, [
      values.id,
      this.agencyId,
      values.name,
      values.description,
      values.uri,
      values.version,
    ]);
  }

  /** Adds a global capacity unit: units are only ever added, never changed, by an import. */
  async addUnit(values: { id: string; name: string; scheme: unknown; identifier: unknown }): Promise<void> {
    await this.query(`INSERT INTO capacity_unit (id, name, scheme, identifier) VALUES ($1, $2, $3, $4)`, [values.id, values.name, values.scheme, values.identifier]);
  }

  /** A taxonomy term the agency reads (global or its own) by its id, or else by its code, with its path from the root. */
  async term(id: string | null, code: string | null): Promise<{ id: string; path: string[] } | null> {
    const [row] = await this.query<{ id: string; path: string[] }>(
      `SELECT id::text, path FROM taxonomy_term WHERE ${READABLE_TERM('taxonomy_term', '$3')} AND (id = $1 OR code = $2)
       ORDER BY id = $1 DESC, agency_id NULLS FIRST LIMIT 1`,
      [id, code, this.agencyId],
    );
    return row ?? null;
  }

  /** Adds a taxonomy term kept by the agency: other agencies' trees are untouched. */
  async addTerm(values: { id: string; code: string; name: string; description: unknown; parentId: string | null; taxonomyId: string; language: unknown; path: string[] }): Promise<void> {
    await this.query(
      `INSERT INTO taxonomy_term (id, agency_id, code, name, description, parent_id, taxonomy_id, language, path) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [values.id, this.agencyId, values.code, values.name, values.description, values.parentId, values.taxonomyId, values.language, values.path],
    );
  }
}
