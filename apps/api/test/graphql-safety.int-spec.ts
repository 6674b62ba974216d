import { codeOf, newAgency, signIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('GraphQL safety limits', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '3' });
    token = (await signIn(t, (await newAgency(t)).admin)).accessToken;
  });
  afterAll(() => t.close());

  it('refuses queries nested too deeply', async () => {
    expect((await t.gql(`{ me { user { id } } }`, {}, { token })).errors).toBeUndefined();
    // A fragment counts by the nesting it adds, so sharing fields costs no depth.
    expect((await t.gql(`{ me { ...Me } } fragment Me on Viewer { user { id } }`, {}, { token })).errors).toBeUndefined();
    const res = await t.gql(`query { users { ...Page } } fragment Page on UserConnection { edges { node { id } } }`, {}, { token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: appSettings { idleLockMinutes }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses batches of more than 5 operations, and answers a smaller batch operation by operation', async () => {
    const op = { query: '{ appSettings { passwordMinLength } }' };
    const big = await t.post(Array.from({ length: 6 }, () => op));
    expect(big.status).toBe(400);
    expect(big.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const small = await t.post([op, op]);
    expect(small.body).toEqual([{ data: { appSettings: { passwordMinLength: 12 } } }, { data: { appSettings: { passwordMinLength: 12 } } }]);
  });

  it('refuses very expensive queries', async () => {
    const costly = Array.from({ length: 10 }, (_, i) => `u${i}: users(first: 100) { edges { node { id email displayName role active createdAt lastLoginAt lockedUntil version } } }`).join(' ');
    const res = await t.gql(`{ ${costly} }`, {}, { token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/cost/i);
  });

  it('answers syntax errors, unknown fields and wrong variable types as BAD_USER_INPUT', async () => {
    expect(codeOf(await t.gql('{ me { '))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql('{ nothingHere }'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql('query ($first: Int!) { users(first: $first) { totalCount } }', { first: 'ten' }, { token }))).toBe('BAD_USER_INPUT');
  });
});

describe('GraphQL in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
      CLIENT_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
      WEBHOOK_SECRET_KEY: Buffer.alloc(32, 8).toString('base64'),
    });
  });
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    const res = await t.gql('{ __schema { queryType { name } } }');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
  });

  it('suggests no field names', async () => {
    const res = await t.gql('{ appSetting { idleLockMinutes } }');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
