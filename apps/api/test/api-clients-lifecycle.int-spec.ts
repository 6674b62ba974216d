import { API_CLIENT_NAME_MAX_LENGTH } from '@waymark/shared/types';
import { CREATE_API_CLIENT, createApiClient, inDays } from './support/api-client-fixtures';
import { ok, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { codeOf, LOGIN } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const PROGRAMS = `{ programs { id } }`;
const ROTATE = `mutation ($input: ApiClientVersionInput!) { rotateApiClientSecret(input: $input) { token client { id version rotatedAt } } }`;
const REVOKE = `mutation ($input: ApiClientVersionInput!) { revokeApiClient(input: $input) { id version status revokedAt } }`;
const LIST = `query ($first: Int, $after: String, $includeRevoked: Boolean) {
  apiClients(first: $first, after: $after, includeRevoked: $includeRevoked) { edges { node { id name status lastUsedAt lastUsedIp } } pageInfo { endCursor hasNextPage } }
}`;

describe('API clients: rotate, revoke, expiry, allow-list and their management', () => {
  let t: TestApp;
  let a: StaffedAgency<'caseManager'>;
  const asAdmin = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, { token: a.people.admin.token });

  beforeAll(async () => {
    t = await startTestApp();
    a = await staffedAgency(t, { caseManager: 'CASE_MANAGER' });
  });
  afterAll(() => t.close());

  it('rotates the secret: the old token stops at once, the new one works, a stale version is a CONFLICT', async () => {
    const key = await createApiClient(t, a.people.admin.token, { scopes: ['client:read'] });
    expect((await t.gql(PROGRAMS, {}, { token: key.token })).errors).toBeUndefined();
    const rotated = await ok(asAdmin(ROTATE, { input: { id: key.id, version: key.version } }));
    expect(rotated.token).not.toBe(key.token);
    expect(rotated.client.rotatedAt).toBeTruthy();
    expect(codeOf(await t.gql(PROGRAMS, {}, { token: key.token }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(PROGRAMS, {}, { token: rotated.token })).errors).toBeUndefined();
    expect(codeOf(await asAdmin(ROTATE, { input: { id: key.id, version: key.version } }))).toBe('CONFLICT');
  });

  it('revokes a key for good and lists it only when asked', async () => {
    const key = await createApiClient(t, a.people.admin.token, { name: 'Old feed', scopes: ['client:read'] });
    const revoked = await ok(asAdmin(REVOKE, { input: { id: key.id, version: key.version } }));
    expect(revoked.status).toBe('REVOKED');
    const res = await t.gql(PROGRAMS, {}, { token: key.token });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toContain('revoked');
    expect((await t.db.query(`SELECT reason FROM audit_event WHERE action = 'LOGIN_FAILED' AND entity_id = $1`, [key.id])).map((r: { reason: string }) => r.reason)).toEqual(['key revoked']);
    expect(codeOf(await asAdmin(ROTATE, { input: { id: key.id, version: revoked.version } }))).toBe('BAD_USER_INPUT');
    const ids = async (includeRevoked: boolean) => (await ok(asAdmin(LIST, { first: 100, includeRevoked }))).edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids(false)).not.toContain(key.id);
    expect(await ids(true)).toContain(key.id);
  });

  it('refuses an expired key, saying so to the holder of its secret', async () => {
    const key = await createApiClient(t, a.people.admin.token, { scopes: ['client:read'] });
    await t.db.query(`UPDATE api_client SET expires_at = now() - interval '1 second' WHERE id = $1`, [key.id]);
    const res = await t.gql(PROGRAMS, {}, { token: key.token });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toContain('expired');
    expect((await ok(asAdmin(`{ apiClient(id: "${key.id}") { status } }`))).status).toBe('EXPIRED');
  });

  it('admits calls only from the allow-list, and records where the last call came from', async () => {
    const key = await createApiClient(t, a.people.admin.token, { scopes: ['client:read'], allowedCidrs: ['203.0.113.0/24', ' 2001:db8::1 '] });
    expect((await ok(asAdmin(`{ apiClient(id: "${key.id}") { allowedCidrs lastUsedAt } }`))).allowedCidrs).toEqual(['203.0.113.0/24', '2001:db8::1/128']);
    const outside = await t.gql(PROGRAMS, {}, { token: key.token, ip: '198.51.100.7' });
    expect(codeOf(outside)).toBe('FORBIDDEN');
    expect(outside.errors?.[0].message).toContain('address');
    expect((await t.gql(PROGRAMS, {}, { token: key.token, ip: '203.0.113.77' })).errors).toBeUndefined();
    expect((await t.gql(PROGRAMS, {}, { token: key.token, ip: '2001:db8::1' })).errors).toBeUndefined();
    // The refused call is in the trail, as the key, from where it came.
    const refused = await t.db.query(`SELECT actor_type, actor_id, agency_id, reason, ip FROM audit_event WHERE action = 'LOGIN_FAILED' AND entity_id = $1`, [key.id]);
    expect(refused).toEqual([{ actor_type: 'API_CLIENT', actor_id: key.id, agency_id: a.agency.id, reason: 'address not allowed', ip: '198.51.100.7' }]);
    const seen = await ok(asAdmin(`{ apiClient(id: "${key.id}") { lastUsedAt lastUsedIp } }`));
    expect(seen.lastUsedIp).toBe('2001:db8::1');
    expect(new Date(seen.lastUsedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses bad input with a typed error and makes nothing', async () => {
    const count = async () => Number((await t.db.query(`SELECT count(*) FROM api_client WHERE agency_id = $1`, [a.agency.id]))[0].count);
    const before = await count();
    const base = { name: 'Feed', scopes: ['client:read'], expiresAt: inDays(30), allowedCidrs: [] };
    for (const [what, input, field] of [
      ['too long a name', { ...base, name: 'x'.repeat(API_CLIENT_NAME_MAX_LENGTH + 1) }, 'name'],
      ['an empty name', { ...base, name: '   ' }, 'name'],
      ['an unknown scope', { ...base, scopes: ['client:read', 'everything:write'] }, 'scopes'],
      ['no scope', { ...base, scopes: [] }, 'scopes'],
      ['a past expiry', { ...base, expiresAt: inDays(-1) }, 'expiresAt'],
      ['an expiry beyond two years', { ...base, expiresAt: inDays(731) }, 'expiresAt'],
      ['a bad CIDR', { ...base, allowedCidrs: ['10.0.0.0/8', '10.0.0.0/33'] }, 'allowedCidrs.1'],
      ['a word for an address', { ...base, allowedCidrs: ['office'] }, 'allowedCidrs.0'],
    ] as const) {
      const res = await asAdmin(CREATE_API_CLIENT, { input });
      expect([what, codeOf(res)]).toEqual([what, 'BAD_USER_INPUT']);
      const fields = (res.errors?.[0].extensions.fields as { field: string }[]).map((f) => f.field);
      expect([what, fields]).toEqual([what, expect.arrayContaining([field])]);
    }
    const wrongType = await asAdmin(CREATE_API_CLIENT, { input: { ...base, expiresAt: 'next Tuesday' } });
    expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('lets only admins manage keys, and only their own agency’s', async () => {
    const key = await createApiClient(t, a.people.admin.token, { scopes: ['client:read'] });
    const asCaseManager = await t.gql(CREATE_API_CLIENT, { input: { name: 'Mine', scopes: ['client:read'], expiresAt: inDays(3) } }, { token: a.people.caseManager.token });
    expect(codeOf(asCaseManager)).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(LIST, {}, { token: a.people.caseManager.token }))).toBe('FORBIDDEN');
    const stranger = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, { token: a.people.stranger.token });
    expect(codeOf(await stranger(`{ apiClient(id: "${key.id}") { id } }`))).toBe('NOT_FOUND');
    expect(codeOf(await stranger(REVOKE, { input: { id: key.id, version: key.version } }))).toBe('NOT_FOUND');
    expect(codeOf(await stranger(ROTATE, { input: { id: key.id, version: key.version } }))).toBe('NOT_FOUND');
    expect((await ok(stranger(LIST, { first: 100 }))).edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(key.id);
    expect((await t.gql(PROGRAMS, {}, { token: key.token })).errors).toBeUndefined();
  });

  it('audits every management step without the secret', async () => {
    const key = await createApiClient(t, a.people.admin.token, { name: 'Audited', scopes: ['referral:read'] });
    const rotated = await ok(asAdmin(ROTATE, { input: { id: key.id, version: key.version } }));
    await ok(asAdmin(REVOKE, { input: { id: key.id, version: rotated.client.version } }));
    const rows = await t.db.query(`SELECT action, actor_type, actor_id, changes FROM audit_event WHERE entity_type = 'ApiClient' AND entity_id = $1 ORDER BY id`, [key.id]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    expect(rows.every((r: { actor_type: string; actor_id: string }) => r.actor_type === 'USER' && r.actor_id === a.people.admin.id)).toBe(true);
    const text = JSON.stringify(rows);
    for (const token of [key.token, rotated.token]) expect(text).not.toContain(token.split('_').at(-1));
    expect(rows[0].changes).toMatchObject({ name: { to: 'Audited' }, scopes: { to: 'referral:read' } });
  });

  it('pages the list newest first with a cursor', async () => {
    await createApiClient(t, a.people.admin.token, { name: 'Page one' });
    await createApiClient(t, a.people.admin.token, { name: 'Page two' });
    const first = await ok(asAdmin(LIST, { first: 1 }));
    expect(first.edges[0].node.name).toBe('Page two');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await ok(asAdmin(LIST, { first: 1, after: first.pageInfo.endCursor }));
    expect(second.edges[0].node.name).toBe('Page one');
    expect(codeOf(await asAdmin(LIST, { first: 1, after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('refuses to rotate an expired key, whose new token would never work, and changes nothing', async () => {
    const key = await createApiClient(t, a.people.admin.token, { scopes: ['client:read'] });
    await t.db.query(`UPDATE api_client SET expires_at = now() - interval '1 second' WHERE id = $1`, [key.id]);
    const res = await asAdmin(ROTATE, { input: { id: key.id, version: key.version } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('expired');
    expect(await t.db.query(`SELECT version, rotated_at FROM api_client WHERE id = $1`, [key.id])).toEqual([{ version: key.version, rotated_at: null }]);
  });

  it('refuses a crafted cursor with BAD_USER_INPUT, and pages keys made in one millisecond without skipping one', async () => {
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const someId = '00000000-0000-4000-8000-000000000000';
    for (const after of [cursor(['not a date', someId]), cursor(['2026-01-01T00:00:00.000Z', someId]), cursor([42, someId])]) {
      expect([after, codeOf(await asAdmin(LIST, { first: 1, after }))]).toEqual([after, 'BAD_USER_INPUT']);
    }
    // An agency of its own, so its two keys are the whole list.
    const other = await staffedAgency(t, {});
    const older = await createApiClient(t, other.people.admin.token, { name: 'Older' });
    const newer = await createApiClient(t, other.people.admin.token, { name: 'Newer' });
    await t.db.query(`UPDATE api_client SET created_at = '2026-01-01T00:00:00.000100Z' WHERE id = $1`, [older.id]);
    await t.db.query(`UPDATE api_client SET created_at = '2026-01-01T00:00:00.000200Z' WHERE id = $1`, [newer.id]);
    const list = (variables: Record<string, unknown>) => ok(t.gql(LIST, variables, { token: other.people.admin.token }));
    const first = await list({ first: 1 });
    expect(first.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Newer']);
    const second = await list({ first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Older']);
  });

  it("keeps a key's companion user out of the users an admin manages, and unable to sign in", async () => {
    const key = await createApiClient(t, a.people.admin.token, { name: 'Companion' });
    const users = await ok(asAdmin(`{ users(first: 100, includeInactive: true) { edges { node { id } } } }`));
    expect(users.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(key.id);
    expect(codeOf(await asAdmin(`{ user(id: "${key.id}") { id } }`))).toBe('NOT_FOUND');
    expect(codeOf(await asAdmin(`mutation { reactivateUser(input: { userId: "${key.id}", version: 1 }) { id } }`))).toBe('NOT_FOUND');
    const login = await t.gql(LOGIN, { email: `api-client-${key.id}@api-clients.invalid`, password: '!' });
    expect(codeOf(login)).toBe('UNAUTHENTICATED');
  });
});
