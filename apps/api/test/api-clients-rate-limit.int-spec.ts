import { createApiClient, freshMinute } from './support/api-client-fixtures';
import { signedIn } from './support/client-fixtures';
import { codeOf, newAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const PROGRAMS = `{ programs { id } }`;

describe('API clients: rate limit per client, across API instances', () => {
  let one: TestApp;
  let two: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    // Two API instances on one database, as behind a load balancer.
    [one, two] = [await startTestApp({ API_CLIENT_RATE_LIMIT: '4' }), await startTestApp({ API_CLIENT_RATE_LIMIT: '4' })];
    adminToken = (await signedIn(one, (await newAgency(one)).admin)).token;
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it('answers RATE_LIMITED with the seconds until the next minute once a key has used its minute, whichever instance it calls', async () => {
    // Started just after a minute turns, so the five calls share one window.
    await freshMinute();
    const key = await createApiClient(one, adminToken, { scopes: ['client:read'] });
    const other = await createApiClient(one, adminToken, { scopes: ['client:read'] });
    for (const t of [one, two, one, two]) expect((await t.gql(PROGRAMS, {}, { token: key.token })).errors).toBeUndefined();
    const res = await two.gql(PROGRAMS, {}, { token: key.token });
    expect(codeOf(res)).toBe('RATE_LIMITED');
    const retry = res.errors?.[0].extensions.retryAfterSeconds as number;
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(codeOf(await one.gql(PROGRAMS, {}, { token: key.token }))).toBe('RATE_LIMITED');
    // Plain HTTP clients and proxies back off on the header.
    const raw = await one.post({ query: PROGRAMS }, { token: key.token });
    expect(Number(raw.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(raw.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another key of the same agency keeps its own count.
    const fine = await one.post({ query: PROGRAMS }, { token: other.token });
    expect(fine.body.errors).toBeUndefined();
    expect(fine.headers['retry-after']).toBeUndefined();
    // A signed-in person is not counted against any key.
    expect((await two.gql(PROGRAMS, {}, { token: adminToken })).errors).toBeUndefined();
  });

  it('counts each operation of a batch, not the HTTP request', async () => {
    await freshMinute();
    const key = await createApiClient(one, adminToken, { scopes: ['client:read'] });
    const batch = (size: number) => one.post(Array.from({ length: size }, () => ({ query: PROGRAMS })), { token: key.token });
    const three = await batch(3);
    expect(three.body.map((answer: { errors?: unknown }) => answer.errors)).toEqual([undefined, undefined, undefined]);
    // Two more make five operations in the minute, past the limit of four.
    const two = await batch(2);
    expect(two.body.map((answer: { errors?: { extensions: { code: string } }[] }) => answer.errors?.[0].extensions.code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('counts the calls of a revoked key too, and records its refusal once a minute, not once a call', async () => {
    await freshMinute();
    const key = await createApiClient(one, adminToken, { scopes: ['client:read'] });
    await one.db.query(`UPDATE api_client SET revoked_at = now() WHERE id = $1`, [key.id]);
    const codes: (string | undefined)[] = [];
    for (const t of [one, two, one, two, one, two]) codes.push(codeOf(await t.gql(PROGRAMS, {}, { token: key.token })));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
    const refusals = await one.db.query(`SELECT reason FROM audit_event WHERE action = 'LOGIN_FAILED' AND entity_id = $1`, [key.id]);
    expect(refusals).toEqual([{ reason: 'key revoked' }]);
    // A refused call is not a use of the key.
    expect((await one.db.query(`SELECT last_used_at FROM api_client WHERE id = $1`, [key.id]))[0].last_used_at).toBeNull();
  });

  it('starts counting again in the next minute', async () => {
    const key = await createApiClient(one, adminToken, { scopes: ['client:read'] });
    await one.db.query(`UPDATE api_client SET rate_window = date_trunc('minute', now()) - interval '1 minute', rate_count = 1000 WHERE id = $1`, [key.id]);
    expect((await one.gql(PROGRAMS, {}, { token: key.token })).errors).toBeUndefined();
  });
});
