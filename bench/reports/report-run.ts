import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/child-process';
import { measureDatabase } from './report-bench';
import { reportGrowthTable } from './report-growth';

/**
 * The report bench (`npm run bench:reports`, and the end of `npm run bench`): the statistical
 * reports over a year of the agency at two sizes of data, counted in figures a busy machine
 * does not change: SQL statements per report, and the buffers and rows PostgreSQL touches for
 * them (EXPLAIN ANALYZE BUFFERS), with the median execution time of five runs beside them as a
 * guide that does depend on the machine. Written to bench/results/<date>-reports.md and .json.
 */
export async function runReportBench(url: string, smallUrl: string): Promise<string> {
  const small = await measureDatabase(smallUrl);
  const large = await measureDatabase(url);
  const table = reportGrowthTable(small, large);
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, `${new Date().toISOString().slice(0, 10)}-reports`);
  writeFileSync(`${stem}.json`, `${JSON.stringify({ small, large }, null, 2)}\n`);
  writeFileSync(`${stem}.md`, `${table}\n`);
  return table;
}
