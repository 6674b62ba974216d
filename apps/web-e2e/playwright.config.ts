import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { ACCESS_TOKEN_TTL_SECONDS, IDLE_LOCK_MINUTES } from './src/support/env';

/**
 * Browser tests against the real API serving the built SPA. The API runs with a short idle
 * lock (IDLE_LOCK_MINUTES) and short access tokens so the inactivity lock and the silent
 * refresh are exercised in seconds; every other setting is the default.
 */
const port = Number(process.env['E2E_PORT'] ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const root = join(__dirname, '../..');

export default defineConfig({
  testDir: './src',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: Number(process.env['E2E_WORKERS'] ?? 2),
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: join(root, 'tmp/e2e-results'),
  reporter: [['list'], ['json', { outputFile: join(root, 'tmp/e2e-report.json') }]],
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: 'node apps/web-e2e/serve.mjs',
    cwd: root,
    url: `${baseURL}/health/ready`,
    timeout: 300_000,
    reuseExistingServer: !!process.env['E2E_REUSE_SERVER'],
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      IDLE_LOCK_MINUTES: String(IDLE_LOCK_MINUTES),
      ACCESS_TOKEN_TTL_SECONDS: String(ACCESS_TOKEN_TTL_SECONDS),
      LOGIN_RATE_LIMIT: '1000',
      LOG_LEVEL: 'warn',
    },
  },
});
