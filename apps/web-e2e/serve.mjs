#!/usr/bin/env node
// Starts the app for the browser tests: builds the SPA, gives the API a fresh embedded
// database (or migrates and seeds the PostgreSQL named by DATABASE_URL), then runs the API,
// which serves the SPA on the same origin.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const env = { ...process.env };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (env.DATABASE_URL) {
  run(npm, ['run', 'db:migrate']);
  run(npm, ['run', 'db:seed']);
} else {
  env.PGLITE_DATA_DIR ??= 'tmp/e2e-db';
  rmSync(resolve(root, env.PGLITE_DATA_DIR), { recursive: true, force: true });
}
if (!env.E2E_SKIP_BUILD) run(npm, ['run', 'build:web']);
run(npm, ['run', 'build:api']);

// The API compiled, as `npm start` and the image run it.
const api = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
