import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@waymark/api/database';
import { Client } from 'pg';

const root = join(__dirname, '../../../..');

/**
 * Reads an embedded database folder a CLI run left behind. PGlite cannot start inside Jest's
 * module sandbox, so the query runs in a child process (this file, run as a script).
 */
export function queryEmbedded<Row = Record<string, unknown>>(dataDir: string, sql: string): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['tools/run-api.mjs', 'apps/api/test/support/embedded-query.ts', dataDir, sql], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    );
  });
}

async function main(dataDir: string, sql: string): Promise<void> {
  const db = await startEmbeddedPostgres(dataDir);
  const client = new Client({ connectionString: db.url });
  try {
    await client.connect();
    process.stdout.write(JSON.stringify((await client.query(sql)).rows));
  } finally {
    await client.end();
    await db.stop();
  }
}

// Run as a script: tools/run-api.mjs puts the script in argv[1].
if (process.argv[1] === __filename) {
  const [dataDir, sql] = process.argv.slice(2);
  main(dataDir, sql).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
