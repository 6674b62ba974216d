import { blankToNull } from './hsds-field-kinds';
import { rowRules } from './hsds-row-rules';
import { HSDS_TABLES, type HsdsTableName } from './hsds-tables';

/** One problem of an import, where a person finds it: the file, its row (CSV line or JSON entry), the field. */
export interface ImportProblem {
  file: string;
  row: number | null;
  field: string | null;
  message: string;
}

/** One record of an HSDS table as the file gives it; `at` prefixes its fields in problems (a JSON path). */
export interface HsdsRecord {
  table: HsdsTableName;
  values: Record<string, unknown>;
  at: string;
}

/**
 * What is applied whole or not at all: a CSV line, an entry of a table's array, or one service of
 * the HSDS JSON with everything nested in it. Its records come parents first.
 */
export interface ImportUnit {
  file: string;
  row: number;
  records: HsdsRecord[];
  /**
   * One whole service (an entry of the HSDS JSON): what the service holds and the entry leaves out
   * (a phone, a weekday, a category…) is removed, so a re-import of an edited feed ends as the feed.
   */
  wholeService?: boolean;
}

/** A record whose every field read well: values by HSDS field name, as they are stored. */
export interface CheckedRecord {
  table: HsdsTableName;
  values: Record<string, unknown>;
  at: string;
}

/** The unit's records with their values read, or every problem found in them. */
export function checkUnit(unit: ImportUnit): { records: CheckedRecord[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const records = unit.records.map((record) => {
    const values: Record<string, unknown> = {};
    const report = (field: string, message: string) => problems.push({ file: unit.file, row: unit.row, field: `${record.at}${field}`, message });
    for (const field of HSDS_TABLES[record.table].fields) {
      const raw = blankToNull(record.values[field.name]);
      if (raw === null) {
        if (field.required) report(field.name, `${field.name} is required`);
        values[field.name] = field.fallback ?? null;
        continue;
      }
      const parsed = field.kind.parse(raw);
      if ('error' in parsed) report(field.name, `${field.name}: ${parsed.error}`);
      else values[field.name] = parsed.value;
    }
    if (!problems.length) for (const { field, message } of rowRules(record.table, values)) report(field, message);
    return { table: record.table, values, at: record.at };
  });
  return { records, problems };
}
