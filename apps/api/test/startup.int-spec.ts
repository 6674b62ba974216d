import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

describe('starting the API', () => {
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
});
