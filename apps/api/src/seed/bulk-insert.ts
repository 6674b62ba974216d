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

/** Rows this process has written to each table, and how many there were when it was last analyzed. */
const growth = new Map<string, { written: number; analyzedAt: number }>();

/**
 * Counts the table again each time the rows written to it have doubled. A fresh table has no
 * statistics, so the foreign-key checks into it keep a cached plan that scans it whole, and
 * every batch gets slower than the last (5,000 clients took 30 s of database time instead of
 * a few); counting our own uncommitted rows lets the checks use their indexes. Within twice
 * the truth is all those plans need, and counting after every batch cost more the more there was.
 */
async function analyzeAsItGrows(run: RunQuery, table: string, rows: number): Promise<void> {
  const seen = growth.get(table) ?? { written: 0, analyzedAt: 0 };
  seen.written += rows;
  growth.set(table, seen);
  if (seen.written < 2 * seen.analyzedAt) return;
  await run(`ANALYZE ${table}`, []);
  seen.analyzedAt = seen.written;
}

/**
 * Inserts rows of one agency's table with one `INSERT … SELECT FROM unnest(…)` per batch: one
 * array parameter per column whatever the number of rows, so thousands of rows cost one
 * round trip instead of thousands. A `parent` (a table others point into) is analyzed as it grows.
 */
export async function bulkInsert<Row extends object>(
  run: RunQuery,
  table: string,
  agencyId: string,
  columns: Columns<Row>,
  rows: readonly Row[],
  { parent = false }: { parent?: boolean } = {},
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
    // Other tables' rows point into a parent: their foreign-key checks need its statistics.
    if (parent) await analyzeAsItGrows(run, table, batch.length);
  }
}
