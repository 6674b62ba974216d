import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { postgresVersion } from './databases';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  postgres: string;
}

/** The machine the figures were taken on, for the results and the README. */
export async function describeMachine(databaseUrl: string): Promise<Machine> {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim() ?? cpuModel;
  } catch {
    // not Linux: os.cpus() names it
  }
  return {
    cpuModel,
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3 * 10) / 10,
    node: process.version,
    postgres: await postgresVersion(databaseUrl),
  };
}
