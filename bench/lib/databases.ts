import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { ROOT } from './child-process';

/** The scales of the seed the bench asks for (`npm run db:seed -- --scale <scale>`). */
export type Scale = 'large' | 'small';

/** DATABASE_URL, which the bench requires: the embedded database is no place to measure. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error('bench: DATABASE_URL must name a PostgreSQL database (postgres://…); the embedded database is not benchmarked');
    process.exit(2);
  }
  return url;
}

/** The database of the growth runs on the same server: `x_large` → `x_small`, any other `name` → `name_small`. */
export function smallSiblingUrl(url: string): string {
  const parsed = new URL(url);
  const name = databaseName(url);
  parsed.pathname = `/${encodeURIComponent(name.endsWith('_large') ? name.replace(/_large$/, '_small') : `${name}_small`)}`;
  return parsed.toString();
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database when the server has none of that name (through its `postgres` database). */
export async function createIfMissing(url: string): Promise<void> {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const name = databaseName(url);
  await withClient(maintenance.toString(), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  });
}

/** Whether the database holds an agency (a migrated, seeded Waymark database). */
async function holdsAgency(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`SELECT to_regclass('public.agency') IS NOT NULL AS migrated`);
    if (!rows[0].migrated) return false;
    return ((await client.query('SELECT 1 FROM agency LIMIT 1')).rowCount ?? 0) > 0;
  });
}

export async function postgresVersion(url: string): Promise<string> {
  return withClient(url, async (client) => (await client.query('SHOW server_version')).rows[0].server_version as string);
}

/** Runs an npm script of the repository against the database, its output shown as it goes. */
function npmScript(url: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench: npm run ${args.join(' ')} failed (exit ${code})`))));
  });
}

/**
 * Migrates the database once (the API starts without migrating) and, when it holds no
 * agency, seeds it at `scale`. Answers the seed's load time in seconds, or null when the
 * database was seeded already.
 */
export async function prepareDatabase(url: string, scale: Scale): Promise<number | null> {
  const name = databaseName(url);
  let loadSeconds: number | null = null;
  if (await holdsAgency(url)) {
    console.log(`bench: ${name}: migrating`);
    await npmScript(url, ['db:migrate']);
  } else {
    console.log(`bench: ${name} holds no agency: seeding it at scale ${scale}`);
    const started = Date.now();
    await npmScript(url, ['db:seed', '--', '--scale', scale]);
    loadSeconds = Math.round((Date.now() - started) / 100) / 10;
  }
  // Statistics as autovacuum would have them in production: a server without it (CI's) would
  // otherwise plan from none at all after a migration or a previous run's writes.
  console.log(`bench: ${name}: analyzing`);
  await withClient(url, (client) => client.query('ANALYZE'));
  return loadSeconds;
}
