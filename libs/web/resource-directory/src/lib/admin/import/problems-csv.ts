import { stringify } from 'csv-stringify/browser/esm/sync';

/** One problem an import found, as the report lists it. */
export interface ProblemRow {
  file?: string | null;
  row?: number | null;
  field?: string | null;
  message: string;
}

/**
 * The import's problems as a CSV file a spreadsheet opens: a header row, then one line per problem.
 * Messages quote the imported file's text, so a cell starting =, +, -, @ (a formula the
 * spreadsheet would run) is written with a leading ' and read as text.
 */
export function problemsCsv(problems: readonly ProblemRow[], header: [file: string, row: string, field: string, message: string]): string {
  return stringify([header, ...problems.map((problem) => [problem.file ?? '', problem.row ?? '', problem.field ?? '', problem.message])], { record_delimiter: 'windows', escape_formulas: true });
}

/** Problems whose file, row, field or message contains every word typed (any case). */
export function filterProblems<P extends ProblemRow>(problems: readonly P[], text: string): P[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...problems];
  return problems.filter((problem) => {
    const haystack = [problem.file, problem.row, problem.field, problem.message].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
