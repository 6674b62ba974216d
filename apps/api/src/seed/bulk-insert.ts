/** Column types the seed writes; arrays and json travel as text and are cast row by row. */
export type PgType = 'uuid' | 'text' | 'date' | 'time' | 'timestamptz' | 'int' | 'bool' | 'float8' | 'jsonb' | 'text[]';

export type Columns<Row> = { [K in keyof Row & string]: PgType };

export type RunQuery = (sql: string, params: unknown[]) => Promise<unknown>;

/** Rows per statement: large enough to be quick, small enough to keep each statement's parameters modest. */
const BATCH = 2000;

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function param(value: unknown, type: PgType): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'text[]') return arrayLiteral(value as string[]);
  return value;
}

/**
 * Inserts rows of one agency's table with one `INSERT … SELECT FROM unnest(…)` per batch: one
 * array parameter per column whatever the number of rows, so thousands of rows cost one
 * round trip instead of thousands.
 */
export async function bulkInsert<Row extends object>(
  run: RunQuery,
  table: string,
  agencyId: string,
  columns: Columns<Row>,
  rows: readonly Row[],
): Promise<void> {
  const names = Object.keys(columns) as (keyof Row & string)[];
  const arrayType = (type: PgType) => (type === 'jsonb' || type === 'text[]' ? 'text[]' : `${type}[]`);
  const select = names.map((name) => (columns[name] === 'jsonb' || columns[name] === 'text[]' ? `u.${name}::${columns[name]}` : `u.${name}`));
  const sql =
    `INSERT INTO ${table} (agency_id, ${names.join(', ')}) ` +
    `SELECT $1, ${select.join(', ')} FROM unnest(${names.map((name, i) => `$${i + 2}::${arrayType(columns[name])}`).join(', ')}) AS u(${names.join(', ')})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await run(sql, [agencyId, ...names.map((name) => batch.map((row) => param(row[name], columns[name])))]);
  }
}
