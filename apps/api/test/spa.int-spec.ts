import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

describe('serving the SPA', () => {
  let t: TestApp;
  let web: string;
  const get = (path: string) => request(t.app.getHttpAdapter().getInstance().server).get(path);

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'waymark-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Waymark</title>');
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');
    t = await startTestApp({ WEB_DIST_DIR: web });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('answers client-side routes with the SPA, never cached', async () => {
    const res = await get('/admin/users/123?tab=x');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Waymark</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets for a year', async () => {
    const res = await get('/assets/app-1234.js');
    expect(res.text).toBe('console.log(1)');
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('serves files built after the API started', async () => {
    writeFileSync(join(web, 'assets', 'app-5678.js'), 'console.log(2)');
    expect((await get('/assets/app-5678.js')).text).toBe('console.log(2)');
  });

  it('never serves a file outside the build', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/%E0%A4%A']) {
      const res = await get(path);
      expect([path, res.text]).not.toEqual([path, expect.stringContaining('"name"')]);
    }
  });

  it('keeps the API and health routes', async () => {
    expect((await get('/health/live')).body).toEqual({ status: 'ok' });
  });
});
