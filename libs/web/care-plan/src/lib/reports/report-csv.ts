import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ReportFilter } from '@waymark/shared/types';
import type { ReportTableData } from './report-table-data';

/**
 * A report's tables as one CSV file a spreadsheet opens: each table's caption, its header and
 * rows (totals last), a blank line between tables. Numbers stay plain so a spreadsheet sums
 * them; a cell starting =, +, -, @ (a discharge reason someone typed) is written as text.
 */
export function reportCsv(tables: readonly ReportTableData[]): string {
  const lines = tables.flatMap((table, index) => [
    ...(index ? [[]] : []),
    [table.caption],
    table.columns.map((column) => column.label),
    ...[...table.rows, ...(table.totals ? [table.totals] : [])].map((row) => table.columns.map((column) => row[column.key] ?? '')),
  ]);
  return stringify(lines, { record_delimiter: 'windows', escape_formulas: true });
}

/** The file a report downloads as: its name and the period, e.g. `deadlines-2026-07-01-2026-09-30.csv`. */
export const reportFileName = (report: string, { from, to }: ReportFilter) => `${report}-${from}-${to}.csv`;
