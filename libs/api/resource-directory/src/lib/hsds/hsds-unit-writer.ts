import { randomUUID } from 'node:crypto';
import { derivedId } from './derived-id';
import { formerWeekdayRowIds, weekdayRowIds } from './hsds-schedules';
import { type CheckedRecord, checkUnit, type ImportProblem, type ImportUnit } from './hsds-rows';
import { HSDS_TABLE_NAMES, HSDS_TABLES, type HsdsTableName, STORED_IN } from './hsds-tables';
import type { HsdsWriteRepository } from './hsds-write.repository';

/** The taxonomy an imported term goes into when its file names none. */
export const IMPORTED_TAXONOMY = 'imported';

/** What a service holds directly (the tables naming a service), which an HSDS JSON entry gives whole. */
const SERVICE_PARTS = HSDS_TABLE_NAMES.filter((name) => Object.values(HSDS_TABLES[name].parents).includes('service'));

/** What stands in the way of one record: which field, and why. */
type Refusal = { field: string; message: string };

const REFERENCE_TABLES: Partial<Record<HsdsTableName, true>> = { taxonomy: true, taxonomy_term: true, unit: true };

/** What each constraint a row can break means, by the field it concerns (those the row checks do not catch first). */
const CONSTRAINTS: Record<string, Refusal> = {
  taxonomy_name_key: { field: 'name', message: 'a taxonomy of this name is already kept' },
  taxonomy_term_code_key: { field: 'code', message: 'a taxonomy term with this code is already kept' },
  capacity_unit_name_key: { field: 'name', message: 'a unit of this name is already kept' },
  service_at_location_service_id_location_id_key: { field: 'location_id', message: 'the service is already at this location under another service_at_location id' },
  service_taxonomy_pkey: { field: 'taxonomy_term_id', message: 'the service already has this category' },
  service_check: { field: 'minimum_age', message: 'minimum_age is greater than maximum_age' },
  location_check: { field: 'latitude', message: 'latitude and longitude go together: give both or neither' },
  schedule_check: { field: 'closes_at', message: 'closes_at is not after opens_at' },
};

/**
 * A database error on a row of `table` as a person reads it: the field it concerns and why,
 * never a constraint name or SQL. A constraint not listed names its field the way PostgreSQL
 * names constraints (`<table>_<column>_fkey`, `<table>_<column>_check`).
 */
function describe(error: unknown, table: string): Refusal {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (!['23505', '23503', '23514', '22P02', '22007', '22008', '22003'].includes(code ?? '')) throw error;
  const known = constraint ? CONSTRAINTS[constraint] : undefined;
  if (known) return known;
  const column = constraint?.startsWith(`${table}_`) ? constraint.slice(table.length + 1).replace(/_(fkey|check|key)$/, '') : '';
  const field = /^[a-z_]+$/.test(column) ? column : '';
  if (code === '23505') return { field: field || 'id', message: 'duplicates a row already kept' };
  if (code === '23503') return { field, message: field ? `${field} names a row that is not kept` : 'names a row that is not kept' };
  if (code === '23514') return { field, message: field ? `${field} has a value the directory does not accept` : 'has a value the directory does not accept' };
  return { field: '', message: 'has a value the database cannot store' };
}

/**
 * Writes the units of one import for the caller's agency: each unit whole or not at all (a
 * savepoint), after every field reads well. The ids a file gives taxonomies, terms and units are
 * matched to Waymark's (by id, else by name or code) and remembered for the rest of the import.
 *
 * A term is matched by id, then by code, among the global terms and the agency's own; an unknown
 * term is added to the agency's own tree (kept by it, unseen by other agencies), under the
 * taxonomy its file names (the agency's, created when new) or the "imported" taxonomy: the terms
 * a directory uses stay searchable, and no existing term is changed by an import. Units are
 * global reference data: an unknown one is added, none is changed. What was added is counted
 * (`added`) for the import's audit event.
 */
export class HsdsUnitWriter {
  /** File id → Waymark id of the reference rows met so far (taxonomy, taxonomy_term, unit). */
  private readonly known = new Map<string, string>();
  private pending = new Map<string, string>();
  /** The ids the unit under way wrote, by table (for an attribute: the term it tags with). */
  private written = new Map<HsdsTableName, string[]>();
  /** The reference rows the import added (units kept), and those the unit under way adds. */
  readonly added = { taxonomies: 0, terms: 0, units: 0 };
  private adding = { taxonomies: 0, terms: 0, units: 0 };

  constructor(
    private readonly repository: HsdsWriteRepository,
    private readonly visibility: string,
  ) {}

  async apply(unit: ImportUnit): Promise<ImportProblem[]> {
    const { records, problems } = checkUnit(unit);
    if (problems.length) return problems;
    this.pending = new Map();
    this.written = new Map();
    this.adding = { taxonomies: 0, terms: 0, units: 0 };
    await this.repository.savepoint();
    for (const record of records) {
      let refusal: Refusal | null;
      try {
        refusal = await this.write(record);
      } catch (error) {
        const { field, message } = describe(error, STORED_IN[record.table]);
        refusal = { field, message: `${record.table} ${String(record.values.id)}: ${message}` };
      }
      if (refusal) {
        await this.repository.undo();
        return [{ file: unit.file, row: unit.row, field: `${record.at}${refusal.field}` || null, message: refusal.message }];
      }
    }
    if (unit.wholeService) await this.pruneService(records);
    await this.repository.keep();
    for (const [fileId, id] of this.pending) this.known.set(fileId, id);
    for (const kind of ['taxonomies', 'terms', 'units'] as const) this.added[kind] += this.adding[kind];
    return [];
  }

  /** Removes what the agency's service holds and its HSDS JSON entry no longer lists. */
  private async pruneService(records: CheckedRecord[]): Promise<void> {
    const service = records.find((record) => record.table === 'service');
    if (!service) return;
    for (const part of SERVICE_PARTS) {
      const kept = this.written.get(part) ?? [];
      await this.repository.prune(STORED_IN[part], String(service.values.id), kept, part === 'attribute' ? 'taxonomy_term_id' : 'id');
    }
  }

  private wrote(table: HsdsTableName, ...ids: string[]): void {
    this.written.set(table, [...(this.written.get(table) ?? []), ...ids]);
  }

  private resolved(fileId: string): string | undefined {
    return this.pending.get(fileId) ?? this.known.get(fileId);
  }

  private write(record: CheckedRecord): Promise<Refusal | null> {
    if (record.table === 'taxonomy') return this.taxonomy(record.values);
    if (record.table === 'taxonomy_term') return this.term(record.values);
    if (record.table === 'unit') return this.unit(record.values);
    return this.kept(record.table, record.values);
  }

  private async kept(table: HsdsTableName, values: Record<string, unknown>): Promise<Refusal | null> {
    const spec = HSDS_TABLES[table];
    const id = String(values.id);
    const days = table === 'schedule' ? (values.byday as string[]) : [];
    const ids = table === 'schedule' ? weekdayRowIds(id, days) : [id];
    const stored = STORED_IN[table];
    if (table !== 'attribute' && (await this.repository.keptElsewhere(stored, ids))) return { field: 'id', message: `id ${id} is kept by another agency` };
    const references: Record<string, string> = {};
    for (const [field, parent] of Object.entries(spec.parents) as [string, HsdsTableName][]) {
      if (values[field] == null) continue;
      const found = await this.parent(parent, String(values[field]));
      if (!found) return { field, message: `${field}: no ${parent} ${String(values[field])} in the file or in ${REFERENCE_TABLES[parent] ? 'Waymark' : "your agency's directory"}` };
      references[field] = found;
    }
    if (table === 'attribute') {
      await this.repository.tagService(references.link_id, references.taxonomy_term_id);
      this.wrote(table, references.taxonomy_term_id);
      return null;
    }
    const columns: Record<string, unknown> = {};
    for (const field of spec.fields) {
      const column = field.column === undefined ? field.name : field.column;
      if (column) columns[column] = references[field.name] ?? values[field.name];
    }
    if (table === 'organization') columns.visibility = this.visibility;
    if (table === 'schedule') {
      for (const [i, day] of days.entries()) await this.repository.upsert('schedule', { ...columns, id: ids[i], byday: day }, false);
      await this.repository.dropSchedules(formerWeekdayRowIds(id, days));
    } else {
      await this.repository.upsert(stored, columns, spec.versioned ?? false);
    }
    this.wrote(table, ...ids);
    return null;
  }

  /** The Waymark id of a parent: a reference row as matched, or a row of the agency's own directory. */
  private async parent(table: HsdsTableName, id: string): Promise<string | null> {
    if (table === 'taxonomy') return this.resolved(id) ?? (await this.repository.taxonomyId(id, null));
    if (table === 'unit') return this.resolved(id) ?? (await this.repository.unitId(id, null));
    if (table === 'taxonomy_term') return this.resolved(id) ?? (await this.repository.term(id, null))?.id ?? null;
    return (await this.repository.keptHere(STORED_IN[table], id)) ? id : null;
  }

  private async taxonomy(values: Record<string, unknown>): Promise<Refusal | null> {
    const fileId = String(values.id);
    let id = await this.repository.taxonomyId(fileId, String(values.name));
    if (!id) {
      id = await this.freeId('taxonomy', fileId);
      await this.repository.addTaxonomy({ ...(values as { name: string; description: unknown; uri: unknown; version: unknown }), id });
      this.adding.taxonomies++;
    }
    this.pending.set(fileId, id);
    return null;
  }

  private async unit(values: Record<string, unknown>): Promise<Refusal | null> {
    const fileId = String(values.id);
    let id = await this.repository.unitId(fileId, String(values.name));
    if (!id) {
      id = await this.freeId('capacity_unit', fileId);
      await this.repository.addUnit({ ...(values as { name: string; scheme: unknown; identifier: unknown }), id });
      this.adding.units++;
    }
    this.pending.set(fileId, id);
    return null;
  }

  /** The id a new reference row is added under: the file's, unless another agency's row already holds it. */
  private async freeId(table: 'taxonomy' | 'taxonomy_term' | 'capacity_unit', fileId: string): Promise<string> {
    return (await this.repository.idFree(table, fileId)) ? fileId : randomUUID();
  }

  private async term(values: Record<string, unknown>): Promise<Refusal | null> {
    const fileId = String(values.id);
    const code = (values.code as string | null) ?? null;
    const existing = await this.repository.term(fileId, code);
    if (existing) {
      this.pending.set(fileId, existing.id);
      return null;
    }
    let parent: { id: string; path: string[] } | null = null;
    if (values.parent_id != null) {
      const parentId = this.resolved(String(values.parent_id)) ?? String(values.parent_id);
      parent = await this.repository.term(parentId, null);
      if (!parent) return { field: 'parent_id', message: `parent_id: no taxonomy_term ${String(values.parent_id)} in the file or in Waymark` };
    }
    let taxonomyId: string | null;
    if (values.taxonomy_id != null) {
      taxonomyId = await this.parent('taxonomy', String(values.taxonomy_id));
      if (!taxonomyId) return { field: 'taxonomy_id', message: `taxonomy_id: no taxonomy ${String(values.taxonomy_id)} in the file or in Waymark` };
    } else {
      const name = (values.taxonomy as string | null) ?? IMPORTED_TAXONOMY;
      taxonomyId = await this.repository.taxonomyId(null, name);
      if (!taxonomyId) {
        taxonomyId = await this.freeId('taxonomy', derivedId('taxonomy', name));
        await this.repository.addTaxonomy({ id: taxonomyId, name, description: 'Terms added by a directory import', uri: null, version: null });
        this.adding.taxonomies++;
      }
    }
    const termCode = code ?? fileId;
    const id = await this.freeId('taxonomy_term', fileId);
    await this.repository.addTerm({
      id,
      code: termCode,
      name: String(values.name),
      description: values.description,
      parentId: parent?.id ?? null,
      taxonomyId,
      language: values.language,
      path: [...(parent?.path ?? []), termCode],
    });
    this.adding.terms++;
    this.pending.set(fileId, id);
    return null;
  }
}
