import { parseArgs } from 'node:util';
import { OPERATIONS } from '../operations';

export interface BenchOptions {
  /** Seconds of each measured run. */
  duration: number;
  /** Seconds of each warm-up run. */
  warmup: number;
  connections: number;
  /** Operation ids to run, in the bench's order. */
  only: string[];
  growth: boolean;
  /** The statistical reports' figures at both sizes (bench/reports), after the growth runs. */
  reports: boolean;
  pin: boolean;
}

export const BENCH_USAGE = `usage: npm run bench -- [options]   (DATABASE_URL=postgres://… required)
  --duration N      seconds of each measured run (default 5)
  --warmup N        seconds of each warm-up run (default 2; 0: none)
  --connections N   concurrent connections (default 50)
  --only a,b        only these operations: ${OPERATIONS.map((operation) => operation.id).join(', ')}
  --skip-growth     leave out the growth runs at the small scale (database <name>_small, or x_small
                    for x_large; created and seeded when missing)
  --skip-reports    leave out the statistical reports' figures (statements, buffers and rows at both sizes;
                    also \`npm run bench:reports\` on its own)
  --no-pin          do not pin processes to CPUs with taskset`;

function atLeast(minimum: number, option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < minimum) throw new Error(`bench: --${option} must be a number of at least ${minimum} (got "${value}")`);
  return number;
}

/** The bench's options, checked before anything starts. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      only: { type: 'string' },
      'skip-growth': { type: 'boolean' },
      'skip-reports': { type: 'boolean' },
      'no-pin': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(BENCH_USAGE);
    process.exit(0);
  }
  const known = OPERATIONS.map((operation) => operation.id);
  const only = values.only ? values.only.split(',').map((id) => id.trim()) : known;
  const unknown = only.filter((id) => !known.includes(id));
  if (unknown.length) throw new Error(`bench: unknown operation ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return {
    duration: atLeast(1, 'duration', values.duration, 5),
    warmup: atLeast(0, 'warmup', values.warmup, 2),
    connections: Math.round(atLeast(1, 'connections', values.connections, 50)),
    only: known.filter((id) => only.includes(id)),
    growth: !values['skip-growth'],
    reports: !values['skip-reports'],
    pin: !values['no-pin'],
  };
}
