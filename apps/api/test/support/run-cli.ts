import { execFile } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI as an admin would, against the test database unless `env` says otherwise.
 * Asynchronously: the embedded test database is served from the test process itself.
 */
export function runCli(...args: (string | { env: Record<string, string> })[]): Promise<CliResult> {
  const extraEnv = args.flatMap((arg) => (typeof arg === 'string' ? [] : [arg.env]))[0] ?? {};
  const argv = args.filter((arg): arg is string => typeof arg === 'string');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['tools/run-api.mjs', 'apps/api/src/cli.ts', ...argv],
      { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...extraEnv }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
