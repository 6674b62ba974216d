import type { GrowthMeasure, Operation } from '../operations/operation';
import type { BenchContext } from './bench-context';
import type { Fixtures } from './fixtures';
import { TIMEOUT_SECONDS } from './load-types';
import { measureSingleUser } from './measure';
import { requestList } from './requests';

/** An operation's p95 at the small scale, with the size of the data it searched. */
export interface SmallScaleRun {
  id: string;
  measure: GrowthMeasure;
  dataSize: number;
  p95Ms: number[];
}

export function dataSize(fixtures: Fixtures, measure: GrowthMeasure): number {
  return fixtures.scale[measure];
}

/** The growth operations against the API on the small database, one user at a time: a warm-up, then two runs. */
export async function measureSmallScale(context: BenchContext, operations: readonly Operation[], print: (line: string) => void): Promise<SmallScaleRun[]> {
  const { options, fixtures } = context;
  const runs: SmallScaleRun[] = [];
  for (const operation of operations) {
    if (!operation.growth) continue;
    if (options.warmup > 0) {
      const spec = { origin: context.api.origin, requests: requestList('api', operation, fixtures), connections: options.connections, once: false, timeoutSeconds: TIMEOUT_SECONDS };
      await context.load.run({ ...spec, seconds: options.warmup });
    }
    const p95Ms: number[] = [];
    for (let n = 0; n < 2; n++) {
      const result = await measureSingleUser(context, operation);
      p95Ms.push(result.latencyMs.p95);
      print(`  ${operation.id.padEnd(18)} small  one user  ${result.requestsPerSecond} req/s  p95 ${result.latencyMs.p95} ms  errors ${result.errors.total}`);
    }
    runs.push({ id: operation.id, measure: operation.growth, dataSize: dataSize(fixtures, operation.growth), p95Ms });
  }
  return runs;
}
