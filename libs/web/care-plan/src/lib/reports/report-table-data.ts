/** A report's rows as its table and CSV show them: the same columns, the same values, a totals row apart. */
export interface ReportColumn {
  key: string;
  label: string;
}

export type ReportCell = string | number | null;

export interface ReportTableData {
  caption: string;
  columns: ReportColumn[];
  rows: Record<string, ReportCell>[];
  totals?: Record<string, ReportCell>;
}
