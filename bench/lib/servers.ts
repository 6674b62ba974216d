import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { endChild, ROOT, spawnEntry } from './child-process';
import type { Pinning } from './pinning';

/** Bench values of the API's secrets: both servers check tokens with the same one. */
export const BENCH_JWT_SECRET = 'waymark-bench-secret-not-for-any-real-deployment';
const BENCH_CLIENT_DATA_KEY = Buffer.alloc(32, 7).toString('base64');
const BENCH_WEBHOOK_SECRET_KEY = Buffer.alloc(32, 8).toString('base64');
/** The API's default pool, which the baseline matches. */
export const POOL_SIZE = 10;

/** Both servers run compiled (buildServers), as production runs the API: no compiler in the process. */
export const API_ENTRY = 'dist/api/apps/api/src/main.js';
export const BASELINE_ENTRY = 'dist/api/bench/baseline/server.js';

/** A server the bench started, answering on loopback. */
export interface Server {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/** A port free now on loopback, for a server about to start. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The API as production runs it, without jobs and with statement counts, migrated by the bench. */
export async function startApi(databaseUrl: string, pinning: Pinning, cpu: number): Promise<Server> {
  const port = await freePort();
  return start('API', API_ENTRY, '/health/ready', port, pinning, cpu, {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    JWT_SECRET: BENCH_JWT_SECRET,
    CLIENT_DATA_KEY: BENCH_CLIENT_DATA_KEY,
    WEBHOOK_SECRET_KEY: BENCH_WEBHOOK_SECRET_KEY,
    REPORT_SQL_STATEMENTS: 'true',
    JOBS_ENABLED: 'false',
    MIGRATE_ON_START: 'false',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '1000000000',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    WEB_DIST_DIR: join(ROOT, 'bench/no-web-build'),
  });
}

/** The bare Fastify + pg baseline, or why it is not there (missing, or failed to start). */
export async function startBaseline(databaseUrl: string, pinning: Pinning, cpu: number): Promise<Server | string> {
  if (!existsSync(join(ROOT, BASELINE_ENTRY))) return `${BASELINE_ENTRY} is missing`;
  const port = await freePort();
  try {
    return await start('baseline', BASELINE_ENTRY, '/', port, pinning, cpu, {
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      JWT_SECRET: BENCH_JWT_SECRET,
    });
  } catch (error) {
    return (error as Error).message;
  }
}

const READY_TIMEOUT_MS = 120_000;

async function start(name: string, entry: string, readyPath: string, port: number, pinning: Pinning, cpu: number, env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawnEntry(entry, env, ['ignore', 'pipe', 'pipe']);
  if (child.pid) pinning.pin(child.pid, cpu);
  const tail = keepTail(child);
  const origin = `http://127.0.0.1:${port}`;
  const server: Server = { origin, pid: child.pid ?? 0, stop: () => endChild(child) };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited at start (code ${child.exitCode}):\n${tail()}`);
    try {
      // Any answer means it listens; the API's ready check also means its database answers.
      const response = await fetch(origin + readyPath);
      if (readyPath === '/' || response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  await server.stop();
  throw new Error(`${name} did not answer on ${origin}${readyPath} within ${READY_TIMEOUT_MS / 1000} s:\n${tail()}`);
}

/** The last lines a server printed, to show why it failed; its output is otherwise dropped. */
function keepTail(child: ChildProcess, lines = 30): () => string {
  const kept: string[] = [];
  const keep = (chunk: Buffer) => {
    kept.push(...chunk.toString().split('\n').filter(Boolean));
    kept.splice(0, Math.max(0, kept.length - lines));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => kept.join('\n');
}
