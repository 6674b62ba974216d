import type { DatabaseFigures } from './report-bench';

const ratio = (large: number, small: number) => (small ? `${Math.round((large / small) * 10) / 10}×` : '—');

/** The figures at both sizes as a Markdown table, with each figure's growth beside the data's. */
export function reportGrowthTable(small: DatabaseFigures, large: DatabaseFigures): string {
  const dataGrowth = ratio(large.data.clients, small.data.clients);
  const lines = [
    `Reports over the year to today, whole agency: ${small.database} (${small.data.clients} clients, ${small.data.notes} notes, ${small.data.referrals} referrals, ${small.data.tasks} tasks) → ${large.database} (${large.data.clients} clients, ${large.data.notes} notes, ${large.data.referrals} referrals, ${large.data.tasks} tasks): data ${dataGrowth}.`,
    '',
    '| Report | SQL statements small / large | Aggregates | Buffers small → large | Buffer growth | Rows scanned small → large | Rows growth | Execution ms small → large (median of 5; this machine) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, s] of Object.entries(small.reports)) {
    const l = large.reports[name];
    lines.push(`| ${name} | ${s.statements} / ${l.statements} | ${s.aggregates} | ${s.buffers} → ${l.buffers} | ${ratio(l.buffers, s.buffers)} | ${s.rowsScanned} → ${l.rowsScanned} | ${ratio(l.rowsScanned, s.rowsScanned)} | ${s.executionMs} → ${l.executionMs} |`);
  }
  return lines.join('\n');
}
