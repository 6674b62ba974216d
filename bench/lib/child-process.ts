import { type ChildProcess, spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository's root: the bench runs its entry points from there. */
export const ROOT = resolve(__dirname, '../..');

/** Starts an entry point of the repository in its own Node process: compiled (.js), or TypeScript through tools/run-api.mjs. */
export function spawnEntry(entry: string, env: NodeJS.ProcessEnv, stdio: StdioOptions): ChildProcess {
  const args = entry.endsWith('.js') ? [entry] : ['tools/run-api.mjs', entry];
  return spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio });
}

/** Compiles the API and the bench as production runs them (`npm start` does the same for the API). */
export function buildServers(): void {
  const built = spawnSync(process.execPath, ['tools/build-api.mjs', 'bench'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('bench: compiling the API failed');
}

/** Ends a child the bench started and waits for it to go (SIGKILL after `graceMs`). */
export async function endChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
