import type { Operation } from '../operations/operation';
import { dataSize, type SmallScaleRun } from './growth';
import type { Fixtures } from './fixtures';
import type { OperationRuns, Run } from './measure';
import { round } from './percentiles';
import type { StatementsByPage } from './statements';

/** Issue 6: p99 under 50 ms at 50 connections, and the API under 300 MB resident. */
const P99_TARGET_MS = 50;
const RSS_TARGET_MB = 300;

/** One side's figures over its measured runs: throughput and latencies are their means. */
export interface SideFigures {
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  errors: number;
  errorSample: string | null;
  statements: { min: number; max: number } | null;
  /** A run that ran out of its slice of the referral pool before its time was up. */
  endedEarly: boolean;
}

export interface OperationSummary {
  id: string;
  ours: SideFigures & { maxRssMb: number | null };
  /** The API's p95 with one connection (operations whose growth is reported); the p95 targets are judged on it. */
  singleUserP95Ms: number | null;
  baseline: SideFigures | null;
  baselineFailed: string | null;
  /** Ours / baseline throughput; null without a baseline. */
  ratio: number | null;
  /** The ratio to reach; null where the issue sets none (login, writes). */
  minRatio: number | null;
  statementsByPage: StatementsByPage | null;
  /** The targets missed (no answers, ratio, p99, p95, errors, statements, memory). */
  missed: string[];
  /** Every target met; null when the ratio to reach could not be judged (no baseline) and nothing else failed. */
  met: boolean | null;
}

const mean = (values: number[]) => round(values.reduce((sum, value) => sum + value, 0) / values.length);

function sideFigures(runs: Run[]): SideFigures | null {
  if (!runs.length) return null;
  const results = runs.map((run) => run.result);
  const counts = results.flatMap((result) => (result.statements ? [result.statements] : []));
  return {
    requestsPerSecond: mean(results.map((result) => result.requestsPerSecond)),
    latencyMs: {
      p50: mean(results.map((result) => result.latencyMs.p50)),
      p95: mean(results.map((result) => result.latencyMs.p95)),
      p99: mean(results.map((result) => result.latencyMs.p99)),
    },
    errors: results.reduce((sum, result) => sum + result.errors.total, 0),
    errorSample: results.find((result) => result.errorSample)?.errorSample ?? null,
    statements: counts.length ? { min: Math.min(...counts.map((count) => count.min)), max: Math.max(...counts.map((count) => count.max)) } : null,
    endedEarly: results.some((result) => result.endedEarly),
  };
}

/** Whether a side's count is the same at both page sizes; null when unknown (no count, or an error answered). */
export function constantStatements(pages: StatementsByPage['api'] | null): boolean | null {
  if (!pages || pages.some((page) => page.error)) return null;
  const counts = pages.map((page) => page.statements);
  return counts.every((count) => count != null) ? counts.every((count) => count === counts[0]) : null;
}

export function summarize(operation: Operation, measured: OperationRuns, byPage: StatementsByPage | null): OperationSummary {
  const measuredRuns = measured.runs.filter((run) => !run.warmup);
  const apiRuns = measured.runs.filter((run) => run.side === 'api');
  const ours = sideFigures(measuredRuns.filter((run) => run.side === 'api'));
  if (!ours) throw new Error(`bench: ${operation.id}: the API was not measured`);
  const baseline = sideFigures(measuredRuns.filter((run) => run.side === 'baseline'));
  const rss = apiRuns.flatMap((run) => (run.maxRssMb == null ? [] : [run.maxRssMb]));
  const maxRssMb = rss.length ? Math.max(...rss) : null;
  const ratio = baseline && baseline.requestsPerSecond > 0 ? round(ours.requestsPerSecond / baseline.requestsPerSecond, 2) : null;
  const missed = [
    measuredRuns.some((run) => run.side === 'api' && run.result.responses === 0) ? 'no answers' : '',
    ratio != null && operation.minRatio && ratio < operation.minRatio ? 'ratio' : '',
    ours.latencyMs.p99 >= P99_TARGET_MS ? 'p99' : '',
    operation.p95TargetMs && (measured.singleUser?.latencyMs.p95 ?? ours.latencyMs.p95) >= operation.p95TargetMs ? 'p95' : '',
    ours.errors > 0 ? 'errors' : '',
    constantStatements(byPage?.api ?? null) === false ? 'statements' : '',
    maxRssMb != null && maxRssMb >= RSS_TARGET_MB ? 'memory' : '',
  ].filter(Boolean);
  return {
    id: operation.id,
    ours: { ...ours, maxRssMb },
    singleUserP95Ms: measured.singleUser?.latencyMs.p95 ?? null,
    baseline,
    baselineFailed: measured.baselineFailed,
    ratio,
    minRatio: operation.minRatio ?? null,
    statementsByPage: byPage,
    missed,
    met: missed.length ? false : ratio == null && operation.minRatio ? null : true,
  };
}

/** One growth row: p95 for one user at the small and the large scale against the data's growth between them. */
export interface GrowthRow {
  id: string;
  measure: string;
  small: { size: number; p95Ms: number };
  large: { size: number; p95Ms: number };
  p95Growth: number | null;
  dataGrowth: number;
}

export function growthRows(small: SmallScaleRun[], summaries: OperationSummary[], largeFixtures: Fixtures): GrowthRow[] {
  return small.flatMap((run) => {
    const large = summaries.find((summary) => summary.id === run.id);
    if (!large) return [];
    const smallP95 = mean(run.p95Ms);
    const largeP95 = large.singleUserP95Ms ?? large.ours.latencyMs.p95;
    const largeSize = dataSize(largeFixtures, run.measure);
    return [
      {
        id: run.id,
        measure: run.measure,
        small: { size: run.dataSize, p95Ms: smallP95 },
        large: { size: largeSize, p95Ms: largeP95 },
        p95Growth: smallP95 > 0 ? round(largeP95 / smallP95, 2) : null,
        dataGrowth: round(largeSize / Math.max(run.dataSize, 1), 1),
      },
    ];
  });
}
