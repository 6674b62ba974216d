import { OPERATIONS } from './operations';
import type { BenchContext } from './lib/bench-context';
import { cleanUp, cleanUpOnSignals, onCleanup } from './lib/cleanup';
import { buildServers } from './lib/child-process';
import { measuredCommit } from './lib/commit';
import { createIfMissing, prepareDatabase, requireDatabaseUrl, smallSiblingUrl } from './lib/databases';
import { readFixtures } from './lib/fixtures';
import { measureSmallScale } from './lib/growth';
import { LoadGenerator } from './lib/load-generator';
import { describeMachine } from './lib/machine';
import { measureOperation, type OperationRuns } from './lib/measure';
import { type BenchOptions, parseBenchArgs } from './lib/options';
import { CPU_OTHERS, CPU_UNDER_TEST, Pinning } from './lib/pinning';
import { printRun } from './lib/print-run';
import { runReportBench } from './reports/report-run';
import { type BenchReport, writeReport } from './lib/report';
import { POOL_SIZE, type Server, startApi, startBaseline } from './lib/servers';
import { statementsByPage } from './lib/statements';
import { growthRows, type OperationSummary, summarize } from './lib/summary';

/** Starts a server and stops it when the bench ends, whatever happens. */
async function started<T extends Server | string>(server: Promise<T>): Promise<T> {
  const running = await server;
  if (typeof running !== 'string') onCleanup(() => running.stop());
  return running;
}

async function main(): Promise<void> {
  const options: BenchOptions = parseBenchArgs(process.argv.slice(2));
  const url = requireDatabaseUrl();
  const smallUrl = options.growth ? smallSiblingUrl(url) : null;
  const operations = OPERATIONS.filter((operation) => options.only.includes(operation.id));
  const startedAt = new Date();
  const commit = measuredCommit();
  cleanUpOnSignals();

  const seedSeconds = { large: await prepareDatabase(url, 'large'), small: null as number | null };
  if (smallUrl) {
    await createIfMissing(smallUrl);
    seedSeconds.small = await prepareDatabase(smallUrl, 'small');
  }

  buildServers();
  const pinning = Pinning.detect(options.pin);
  onCleanup(() => pinning.restorePostgres());
  pinning.pinPostgres(CPU_OTHERS);
  const load = await LoadGenerator.start(pinning, CPU_OTHERS);
  onCleanup(() => load.stop());

  const api = await started(startApi(url, pinning, CPU_UNDER_TEST));
  const baseline = await started(startBaseline(url, pinning, CPU_UNDER_TEST));
  if (typeof baseline === 'string') console.warn(`bench: no baseline: ${baseline}`);
  const context: BenchContext = { options, load, api, baseline, fixtures: await readFixtures(url, api.origin) };
  console.log(`bench: ${operations.length} operations, ${options.duration} s runs at ${options.connections} connections, pinning ${pinning.note}`);

  const runs: OperationRuns[] = [];
  const summaries: OperationSummary[] = [];
  for (const operation of operations) {
    const measured = await measureOperation(context, operation, (run) => printRun(operation.id, run));
    runs.push(measured);
    if (measured.failed) console.warn(`  ${operation.id}: not measured: ${measured.failed}`);
    else summaries.push(summarize(operation, measured, await statementsByPage(context, operation, measured.baselineFailed)));
  }
  await api.stop();
  if (typeof baseline !== 'string') await baseline.stop();

  const growthOperations = operations.filter((operation) => operation.growth);
  let small: Awaited<ReturnType<typeof measureSmallScale>> = [];
  if (smallUrl && growthOperations.length) {
    console.log('bench: growth runs at the small scale');
    const smallApi = await started(startApi(smallUrl, pinning, CPU_UNDER_TEST));
    const smallContext = { ...context, api: smallApi, fixtures: await readFixtures(smallUrl, smallApi.origin) };
    small = await measureSmallScale(smallContext, growthOperations, (line) => console.log(line));
    await smallApi.stop();
  }

  const report: BenchReport = {
    date: startedAt.toISOString().slice(0, 10),
    commit,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: await describeMachine(url),
    settings: {
      durationSeconds: options.duration,
      warmupSeconds: options.warmup,
      connections: options.connections,
      pinning: pinning.note,
      poolSize: POOL_SIZE,
      database: new URL(url).pathname.slice(1),
      smallDatabase: smallUrl ? new URL(smallUrl).pathname.slice(1) : null,
    },
    seedSeconds,
    summaries,
    growth: growthRows(small, summaries, context.fixtures),
    runs,
  };
  const partial = operations.length < OPERATIONS.length || !options.growth;
  console.log(`\n${writeReport(report, partial)}`);
  if (smallUrl && options.reports) console.log(`\nbench: statistical reports\n${await runReportBench(url, smallUrl)}`);
}

main()
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
