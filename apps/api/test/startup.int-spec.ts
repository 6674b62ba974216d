import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import { migrations } from '@waymark/api/database';

const root = join(__dirname, '../../..');

describe('starting and stopping the API', () => {
  it('stops with one clear line naming a bad setting', () => {
    const result = spawnSync(process.execPath, ['tools/run-api.mjs', 'apps/api/src/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Configuration error: PORT must be an integer number (got "eighty")');
  });

  it('on an empty embedded database migrates, seeds, prints the logins, and on SIGTERM finishes the request in flight', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-start-'));
    const port = 20_000 + randomInt(20_000);
    const api = spawn(process.execPath, ['tools/run-api.mjs', 'apps/api/src/main.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info', WEB_DIST_DIR: 'tmp/no-web' },
    });
    let output = '';
    api.stdout.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => api.on('exit', resolve));
    try {
      await waitFor(() => output.includes('Demo logins'), 180_000);
      expect(output).toContain(`migrate: [${migrations.length}/${migrations.length}]`);
      expect(output).toContain('admin@riverside.example');
      expect(output).toContain(`http://127.0.0.1:${port}`);

      // A sign-in takes a moment (argon2); the stop signal is sent once the API has logged the
      // request's arrival, so it lands while the request runs.
      const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(input: { email: "admin@riverside.example", password: "Waymark-Demo-2026" }) { user { role } } }' }),
      });
      await waitFor(() => /"url":"\/graphql".*"msg":"incoming request"/.test(output), 10_000);
      api.kill('SIGTERM');
      const body = (await (await inFlight).json()) as { data: { login: { user: { role: string } } } };
      expect(body.data.login.user.role).toBe('ADMIN');
      expect(await exited).toBe(0);
      expect(output).toContain('SIGTERM: draining requests and shutting down');

      // Logs are JSON, and every line written for the request carries its id.
      const lines = output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
      const requestLines = lines.filter((line) => line.req || line.res);
      expect(requestLines.length).toBeGreaterThanOrEqual(2);
      expect(new Set(requestLines.map((line) => line.reqId)).size).toBe(1);
      expect(requestLines[0].reqId).toEqual(expect.any(String));
    } finally {
      api.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
