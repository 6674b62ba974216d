import type { Run } from './measure';

/** One line per run as the bench goes, so a long bench shows it is alive and what it sees. */
export function printRun(id: string, run: Run): void {
  const { result } = run;
  const statements = result.statements ? (result.statements.min === result.statements.max ? `${result.statements.min}` : `${result.statements.min}–${result.statements.max}`) : '—';
  console.log(
    [
      `  ${id.padEnd(17)} ${run.side.padEnd(8)} ${run.warmup ? 'warm-up' : 'run    '}`,
      `${String(result.requestsPerSecond).padStart(8)} req/s`,
      `p50 ${result.latencyMs.p50} p95 ${result.latencyMs.p95} p99 ${result.latencyMs.p99} ms`,
      `errors ${result.errors.total}`,
      `SQL ${statements}`,
      ...(run.maxRssMb != null ? [`RSS ${run.maxRssMb} MB`] : []),
      ...(result.endedEarly ? ['(pool used up early)'] : []),
      ...(result.errorSample ? [`first error: ${result.errorSample.replace(/\s+/g, ' ').slice(0, 120)}`] : []),
    ].join('  '),
  );
}
