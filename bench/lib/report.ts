import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './child-process';
import type { Machine } from './machine';
import type { OperationRuns } from './measure';
import type { PageStatements } from './statements';
import type { GrowthRow, OperationSummary } from './summary';
import { constantStatements } from './summary';

export interface BenchReport {
  date: string;
  commit: string | null;
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  settings: {
    durationSeconds: number;
    warmupSeconds: number;
    connections: number;
    pinning: string;
    poolSize: number;
    database: string;
    smallDatabase: string | null;
  };
  /** Seconds the bench spent seeding a database it found empty. */
  seedSeconds: { large: number | null; small: number | null };
  summaries: OperationSummary[];
  growth: GrowthRow[];
  /** Every run, warm-ups included, as measured. */
  runs: OperationRuns[];
}

const dash = '—';

function statements(count: { min: number; max: number } | null | undefined): string {
  if (!count) return dash;
  return count.min === count.max ? String(count.min) : `${count.min}–${count.max}`;
}

function verdict(summary: OperationSummary): string {
  if (summary.met === true) return 'yes';
  if (summary.met === false) return `no (${summary.missed.join(', ')})`;
  return '? (no baseline)';
}

function table(head: string[], rows: (string | number)[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

/** The short Markdown the README shows: the results, growth and statement counts, and the machine. */
export function markdown(report: BenchReport): string {
  const { machine, settings } = report;
  const lines = [
    `Taken ${report.date}${report.commit ? ` at ${report.commit}` : ''} on ${machine.cpuModel} (${machine.cores} cores, ${machine.memoryGb} GB), Node ${machine.node}, PostgreSQL ${machine.postgres}; ` +
      `runs of ${settings.durationSeconds} s after ${settings.warmupSeconds} s of warm-up at ${settings.connections} connections, A,B,A,B; pinning ${settings.pinning}.`,
    '',
    ...table(
      ['Operation', 'Ours req/s', 'Baseline req/s', 'Ratio (target)', 'Ours p50 / p95 / p99 ms', 'Baseline p99 ms', 'Errors ours / baseline', 'SQL per request ours / baseline', 'Target met?'],
      report.summaries.map((s) => [
        s.id,
        s.ours.requestsPerSecond,
        s.baseline?.requestsPerSecond ?? dash,
        `${s.ratio == null ? dash : `${s.ratio}×`}${s.minRatio ? ` (≥ ${s.minRatio})` : ''}`,
        `${s.ours.latencyMs.p50} / ${s.ours.latencyMs.p95} / ${s.ours.latencyMs.p99}`,
        s.baseline?.latencyMs.p99 ?? dash,
        `${s.ours.errors} / ${s.baseline?.errors ?? dash}`,
        `${statements(s.ours.statements)} / ${statements(s.baseline?.statements)}`,
        verdict(s),
      ]),
    ),
  ];
  const maxRss = Math.max(0, ...report.summaries.map((s) => s.ours.maxRssMb ?? 0));
  const seeded = Object.entries(report.seedSeconds).flatMap(([scale, seconds]) => (seconds == null ? [] : [`the ${scale} seed loaded in ${seconds} s`]));
  lines.push('', `API resident memory at most ${maxRss} MB (target < 300 MB)${seeded.length ? `; ${seeded.join(', ')}` : ''}.`);
  const notes = report.runs.flatMap((r) => (r.failed ? [`- ${r.id}: not measured: ${r.failed}`] : [])).concat(report.summaries.flatMap((s) => [
    ...(s.baselineFailed ? [`- ${s.id}: baseline not measured: ${s.baselineFailed}`] : []),
    ...(s.ours.errorSample ? [`- ${s.id}: ours, first error: ${s.ours.errorSample.replace(/\s+/g, ' ')}`] : []),
    ...(s.baseline?.errorSample ? [`- ${s.id}: baseline, first error: ${s.baseline.errorSample.replace(/\s+/g, ' ')}`] : []),
    ...(s.ours.endedEarly || s.baseline?.endedEarly ? [`- ${s.id}: a run used up its slice of the referral pool before its time was up`] : []),
  ]));
  if (notes.length) lines.push('', ...notes);
  if (report.growth.length) {
    lines.push(
      '',
      'The searches\' p95 targets (< 25 ms) are judged for one user at a time: at 50 connections a request mostly waits behind the others (latency ≈ connections ÷ throughput).',
      '',
      ...table(
        ['Growth (one user at a time)', 'Data small → large', 'p95 small ms', 'p95 large ms', 'p95 growth', 'Data growth'],
        report.growth.map((g) => [g.id, `${g.small.size} → ${g.large.size} ${g.measure}`, g.small.p95Ms, g.large.p95Ms, g.p95Growth == null ? dash : `${g.p95Growth}×`, `${g.dataGrowth}×`]),
      ),
    );
  }
  const byPage = report.summaries.flatMap((s) => (s.statementsByPage ? [s.statementsByPage] : []));
  if (byPage.length) {
    const counts = (pages: PageStatements[] | null) => (pages ? pages.map((p) => `${p.statements ?? dash} at ${p.page}${p.error ? ' (error)' : ''}`).join(', ') : dash);
    const constant = (value: boolean | null) => (value == null ? dash : value ? 'yes' : 'no');
    lines.push(
      '',
      ...table(
        ['SQL statements by page size', 'Ours', 'Baseline', 'Constant ours / baseline'],
        byPage.map((b) => [b.id, counts(b.api), counts(b.baseline), `${constant(constantStatements(b.api))} / ${constant(constantStatements(b.baseline))}`]),
      ),
    );
  }
  return lines.join('\n') + '\n';
}

/** Writes bench/results/<date>.json and .md; answers the Markdown. */
/**
 * Writes the results under the run's date; a partial run (some operations, or no growth runs)
 * under `<date>-partial`, so it never replaces the day's whole run.
 */
export function writeReport(report: BenchReport, partial: boolean): string {
  const folder = join(ROOT, 'bench/results');
  mkdirSync(folder, { recursive: true });
  const text = markdown(report);
  const name = partial ? `${report.date}-partial` : report.date;
  writeFileSync(join(folder, `${name}.json`), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(folder, `${name}.md`), text);
  return text;
}
