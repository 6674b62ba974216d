import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { migrations } from '@waymark/api/database';
import { codeOf, LOGIN } from './support/factories';
import { runCli as cli } from './support/run-cli';
import { startTestApp, type TestApp } from './support/test-app';

describe('command line', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('migrates safely a second time, printing what it did', async () => {
    const result = await cli('migrate');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('migrate: database is up to date');
  });

  it('reverts migrations one at a time and applies them again, on a database of its own', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-revert-'));
    const own = { env: { DATABASE_URL: '', PGLITE_DATA_DIR: dataDir } };
    try {
      expect((await cli('migrate', own)).stdout).toContain(`migrate: ${migrations.length} pending`);
      for (const migration of [...migrations].reverse()) {
        expect((await cli('revert', own)).stdout).toContain(`revert: ${migration.name}`);
      }
      expect((await cli('revert', own)).stdout).toContain('revert: nothing to revert');
      expect((await cli('migrate', own)).stdout).toContain('migrate: done');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    // Each command starts its own embedded database, one per migration and back: some 35 processes.
  }, 480_000);

  it('creates an agency and its first admin, who must choose a new password at first sign-in', async () => {
    const slug = `cli-${randomUUID().slice(0, 8)}`;
    const email = `first-admin@${slug}.test`;
    const result = await cli('create-agency', '--name', 'County Outreach', '--slug', slug, '--admin-email', email, '--admin-name', 'First Admin', '--admin-password', 'Initial-Passphrase-2026');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/create-agency: created agency [0-9a-f-]{36} with admin [0-9a-f-]{36}/);
    const login = await t.gql(LOGIN, { email, password: 'Initial-Passphrase-2026' });
    expect(login.data?.login.user).toMatchObject({ role: 'ADMIN', mustChangePassword: true });
    const [audit] = await t.db.query(`SELECT actor_type FROM audit_event WHERE entity_type = 'Agency' AND changes->'slug'->>'to' = $1`, [slug]);
    expect(audit.actor_type).toBe('SYSTEM');
  });

  it('refuses a bad slug, a taken slug and a bad e-mail with a clear line, and creates nothing', async () => {
    const bad = await cli('create-agency', '--name', 'X', '--slug', 'Not A Slug', '--admin-email', 'nope', '--admin-name', 'A', '--admin-password', 'Initial-Passphrase-2026');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('slug must be');
    expect(bad.stderr).toContain('admin e-mail must be a valid e-mail address');
    const slug = `cli-${randomUUID().slice(0, 8)}`;
    const env = { WAYMARK_ADMIN_PASSWORD: 'Initial-Passphrase-2026' };
    expect((await cli('create-agency', '--name', 'One', '--slug', slug, '--admin-email', `one@${slug}.test`, '--admin-name', 'One', { env })).status).toBe(0);
    const taken = await cli('create-agency', '--name', 'Two', '--slug', slug, '--admin-email', `two@${slug}.test`, '--admin-name', 'Two', { env });
    expect(taken.stderr).toContain(`An agency with the slug "${slug}" already exists.`);
    expect(await t.db.query(`SELECT 1 FROM app_user WHERE email = $1`, [`two@${slug}.test`])).toHaveLength(0);
    // Three commands, each starting the API's modules.
  }, 120_000);

  it('refuses a weak first password and creates nothing', async () => {
    const slug = `cli-${randomUUID().slice(0, 8)}`;
    const result = await cli('create-agency', '--name', 'Weak', '--slug', slug, '--admin-email', `a@${slug}.test`, '--admin-name', 'A', '--admin-password', 'password');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('at least 12 characters');
    expect(await t.db.query(`SELECT 1 FROM agency WHERE slug = $1`, [slug])).toHaveLength(0);
    expect(codeOf(await t.gql(LOGIN, { email: `a@${slug}.test`, password: 'password' }))).toBe('UNAUTHENTICATED');
  });
});
