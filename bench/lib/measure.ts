import type { Operation } from '../operations/operation';
import type { BenchContext } from './bench-context';
import { postJson } from './http';
import { type LoadResult, TIMEOUT_SECONDS } from './load-types';
import { baselinePath, requestList, type Side, slicePool } from './requests';
import { sampleRss } from './rss';
import { settle } from './settle';

/** One measured (or warm-up) run of one side. */
export interface Run {
  side: Side;
  warmup: boolean;
  result: LoadResult;
  /** The API's largest resident memory during the run (API runs only). */
  maxRssMb: number | null;
}

/** An operation's runs; `baselineFailed` says why the baseline was not measured, `failed` why nothing was. */
export interface OperationRuns {
  id: string;
  runs: Run[];
  /** The API with one connection: a request's own latency, which the searches' p95 targets are about. */
  singleUser: LoadResult | null;
  baselineFailed: string | null;
  failed: string | null;
}

/**
 * At 50 connections a request mostly waits behind the others (latency ≈ connections ÷
 * throughput), so the query's own cost shows with one user at a time: measured for the
 * operations whose growth with the data is reported.
 */
export async function measureSingleUser(context: BenchContext, operation: Operation, fixtures = context.fixtures): Promise<LoadResult> {
  const spec = { origin: context.api.origin, requests: requestList('api', operation, fixtures), seconds: context.options.duration, connections: 1, once: false, timeoutSeconds: TIMEOUT_SECONDS };
  const result = await context.load.run(spec);
  await settle(context.api.pid);
  return result;
}

/** Warm-up of each side, then A, B, A, B: a noisy machine moves both sides alike. */
const SEQUENCE: { side: Side; warmup: boolean }[] = [
  { side: 'api', warmup: true },
  { side: 'baseline', warmup: true },
  { side: 'api', warmup: false },
  { side: 'baseline', warmup: false },
  { side: 'api', warmup: false },
  { side: 'baseline', warmup: false },
];

/** Why the baseline cannot take the operation, or null: a 404 from Fastify itself means no route. */
export async function baselineProblem(context: BenchContext, operation: Operation): Promise<string | null> {
  if (typeof context.baseline === 'string') return context.baseline;
  try {
    const answer = await postJson(context.baseline.origin + baselinePath(operation), {});
    return answer.status === 404 && answer.body.includes('Route POST') ? `no route POST ${baselinePath(operation)}` : null;
  } catch (error) {
    return `baseline unreachable: ${(error as Error).message}`;
  }
}

export async function measureOperation(context: BenchContext, operation: Operation, printRun: (run: Run) => void): Promise<OperationRuns> {
  const { options, fixtures } = context;
  const baselineFailed = await baselineProblem(context, operation);
  const servers = { api: context.api, baseline: typeof context.baseline === 'string' || baselineFailed ? undefined : context.baseline };
  const sequence = SEQUENCE.filter((step) => servers[step.side] && (!step.warmup || options.warmup > 0));
  const seconds = (warmup: boolean) => (warmup ? options.warmup : options.duration);
  const slices = operation.consumesReferrals ? slicePool(fixtures.sentReferrals, sequence.map((step) => seconds(step.warmup))) : null;
  if (slices?.some((slice) => !slice.length)) {
    const failed = `${fixtures.sentReferrals.length} SENT referrals to providers off Waymark left, too few for ${sequence.length} runs (reseed the database)`;
    return { id: operation.id, runs: [], singleUser: null, baselineFailed, failed };
  }
  const runs: Run[] = [];
  for (const [n, step] of sequence.entries()) {
    const server = servers[step.side];
    if (!server) continue;
    const requests = requestList(step.side, operation, slices ? { ...fixtures, sentReferrals: slices[n] } : fixtures);
    const spec = { origin: server.origin, requests, seconds: seconds(step.warmup), connections: operation.connections ?? options.connections, once: Boolean(slices), timeoutSeconds: TIMEOUT_SECONDS };
    const { result, maxRssMb } = step.side === 'api' ? await sampleRss(server.pid, () => context.load.run(spec)) : { result: await context.load.run(spec), maxRssMb: null };
    const run = { ...step, result, maxRssMb };
    runs.push(run);
    printRun(run);
    await settle(server.pid);
  }
  const singleUser = operation.growth ? await measureSingleUser(context, operation) : null;
  return { id: operation.id, runs, singleUser, baselineFailed, failed: null };
}
