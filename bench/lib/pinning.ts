import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';

/** The core of the process under test (the API, or the baseline) and the one of PostgreSQL and the load. */
export const CPU_UNDER_TEST = 0;
export const CPU_OTHERS = 1;

const run = (args: string[]) => execFileSync('taskset', args, { stdio: ['ignore', 'ignore', 'pipe'] });

/**
 * CPU affinity with taskset: the process under test on one core, PostgreSQL and the load
 * generator on the other, so neither steals the other's time. Without taskset or a second
 * core it warns once and every call does nothing.
 */
export class Pinning {
  private constructor(
    readonly enabled: boolean,
    readonly note: string,
  ) {}

  static detect(wanted: boolean): Pinning {
    if (!wanted) return new Pinning(false, 'off (--no-pin)');
    if (cpus().length < 2) return Pinning.unavailable('fewer than 2 CPUs');
    try {
      run(['-p', String(process.pid)]);
    } catch {
      return Pinning.unavailable('taskset is not available');
    }
    return new Pinning(true, `on: process under test on CPU ${CPU_UNDER_TEST}, PostgreSQL and load generator on CPU ${CPU_OTHERS}`);
  }

  private static unavailable(why: string): Pinning {
    console.warn(`bench: running unpinned: ${why}`);
    return new Pinning(false, `off (${why})`);
  }

  /** Pins every thread of the process; its later threads and children inherit the core. */
  pin(pid: number, cpuList: number | string): void {
    if (!this.enabled) return;
    try {
      run(['-a', '-c', '-p', String(cpuList), String(pid)]);
    } catch (error) {
      // A PostgreSQL backend may end between listing and pinning.
      if (processExists(pid)) console.warn(`bench: could not pin ${pid}: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  /** Every PostgreSQL process, the postmaster included: the backends it starts later inherit the core. */
  pinPostgres(cpuList: number | string): void {
    for (const pid of postgresPids()) this.pin(pid, cpuList);
  }

  /** PostgreSQL back on every core (also the backends started while pinned). */
  restorePostgres(): void {
    this.pinPostgres(`0-${cpus().length - 1}`);
  }
}

function postgresPids(): number[] {
  try {
    return execFileSync('ps', ['-C', 'postgres', '-o', 'pid='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((pid) => pid > 0);
  } catch {
    return [];
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
