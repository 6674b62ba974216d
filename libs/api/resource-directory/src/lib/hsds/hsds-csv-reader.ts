import { BadInputError } from '@waymark/api/common';
import { parse } from 'csv-parse/sync';
import type { ImportProblem, ImportUnit } from './hsds-rows';
import { HSDS_TABLE_NAMES, HSDS_TABLES, type HsdsTableName } from './hsds-tables';

export const DATAPACKAGE = 'datapackage.json';

export interface NamedFile {
  name: string;
  content: string;
}

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/**
 * Which file holds which table: as datapackage.json's resources say (name → path), else by the
 * file's name: the HSDS plural ("services.csv") or the table's own name ("service.csv").
 */
function tableFiles(files: NamedFile[]): Map<HsdsTableName, NamedFile> {
  const byName = new Map(files.map((file) => [baseName(file.name).toLowerCase(), file]));
  const declared = new Map<string, string>();
  const descriptor = byName.get(DATAPACKAGE);
  if (descriptor) {
    let resources: unknown;
    try {
      resources = (JSON.parse(descriptor.content) as { resources?: unknown }).resources;
    } catch (error) {
      throw new BadInputError(`${DATAPACKAGE} is not JSON: ${(error as Error).message}`, [{ field: 'files', message: 'datapackage.json is not JSON' }]);
    }
    for (const resource of Array.isArray(resources) ? resources : []) {
      if (typeof resource?.name === 'string' && typeof resource?.path === 'string') declared.set(resource.name, baseName(resource.path).toLowerCase());
    }
  }
  const found = new Map<HsdsTableName, NamedFile>();
  for (const table of HSDS_TABLE_NAMES) {
    const names = [declared.get(table), HSDS_TABLES[table].path, `${table}.csv`];
    const file = names.map((name) => (name ? byName.get(name) : undefined)).find(Boolean);
    if (file) found.set(table, file);
  }
  return found;
}

/**
 * Reads the HSDS tabular data package: one unit per CSV line, tables in the order parents come
 * first. A line the CSV parser cannot read is a problem of its own; the others still count.
 */
export function readHsdsCsv(files: NamedFile[]): { units: ImportUnit[]; problems: ImportProblem[] } {
  const tables = tableFiles(files);
  if (!tables.size) {
    throw new BadInputError('No HSDS table found: name the CSV files as HSDS does (organizations.csv, services.csv…) or list them in datapackage.json.', [
      { field: 'files', message: 'no HSDS tables' },
    ]);
  }
  const units: ImportUnit[] = [];
  const problems: ImportProblem[] = [];
  for (const [table, file] of tables) {
    const rows = parse(file.content, {
      bom: true,
      columns: (header: string[]) => header.map((column) => column.trim()),
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (error: { message: string; lines?: number } | undefined) => {
        if (error) problems.push({ file: file.name, row: error.lines ?? null, field: null, message: `unreadable CSV: ${error.message}` });
      },
    }) as { record: Record<string, string>; info: { lines: number } }[];
    for (const { record, info } of rows) units.push({ file: file.name, row: info.lines, records: [{ table, values: record, at: '' }] });
  }
  return { units, problems };
}
