import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createApiClient } from './support/api-client-fixtures';
import { staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '../../../examples/integration-client.mjs');

/** The example client of docs/integration.md, run as an integrator would: its own process, over HTTP, with an API key. */
describe('the example integration client', () => {
  let t: TestApp;
  let staffed: StaffedAgency<never>;
  const adminToken = () => staffed.people.admin.token;
  const agencyId = () => staffed.agency.id;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp();
    staffed = await staffedAgency(t, {});
    await t.app.listen(0, '127.0.0.1');
    url = await t.app.getUrl();
  });
  afterAll(() => t.close());

  it('pages clients, registers one under an Idempotency-Key, reads it as FHIR and reads the directory over HSDS', async () => {
    const key = await createApiClient(t, adminToken(), { name: 'Example client', scopes: ['client:write', 'directory:read'] });

    const { stdout } = await run(process.execPath, [SCRIPT], { env: { ...process.env, WAYMARK_URL: url, WAYMARK_API_KEY: key.token }, timeout: 60_000 });

    expect(stdout).toMatch(/the retry returned the same client: true/);
    expect(stdout).toMatch(/fhir: a Bundle of \d+ resource\(s\): Patient/);
    expect(stdout).toMatch(/hsds: \d+ service\(s\)/);
    const [made] = await t.db.query(`SELECT count(*)::int AS n FROM client WHERE agency_id = $1`, [agencyId()]);
    expect(made.n).toBe(1);
    const [audited] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE agency_id = $1 AND actor_type = 'API_CLIENT' AND actor_id = $2`, [agencyId(), key.id]);
    expect(audited.n).toBeGreaterThan(0);
  });

  it('fails, saying why, when the key lacks a scope it needs', async () => {
    const key = await createApiClient(t, adminToken(), { name: 'Read-only example', scopes: ['client:read', 'directory:read'] });

    const failed = await run(process.execPath, [SCRIPT], { env: { ...process.env, WAYMARK_URL: url, WAYMARK_API_KEY: key.token }, timeout: 60_000 }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );

    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/FORBIDDEN: .*client:write/);
  });
});
