import { createHmac } from 'node:crypto';
import { codeOf, LOGIN, newAgency, newUser, PASSWORD, REFRESH, signIn, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const ME = `{ me { user { id email role } agency { id name } } }`;
const LOGOUT = `mutation { logout }`;

describe('signing in and sessions', () => {
  let t: TestApp;
  let agency: TestAgency;
  beforeAll(async () => {
    t = await startTestApp();
    agency = await newAgency(t);
  });
  afterAll(() => t.close());

  const auditActions = async (userId: string): Promise<string[]> =>
    (await t.db.query(`SELECT action FROM audit_event WHERE actor_id = $1 ORDER BY id`, [userId])).map((r: { action: string }) => r.action);

  it('signs in with the right password and answers who I am', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const session = await signIn(t, user);
    const me = await t.gql(ME, {}, { token: session.accessToken });
    expect(me.data?.me.user).toEqual({ id: user.id, email: user.email, role: 'CASE_MANAGER' });
    expect(me.data?.me.agency.id).toBe(agency.id);
    expect(await auditActions(user.id)).toContain('LOGIN');
  });

  it('refuses a wrong password, an unknown e-mail and an empty one alike, and audits the failure', async () => {
    const user = await newUser(t, agency, 'INTAKE');
    const wrong = await t.gql(LOGIN, { email: user.email, password: 'not-the-password-at-all' });
    const unknown = await t.gql(LOGIN, { email: 'nobody@nowhere.test', password: PASSWORD });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(codeOf(await t.gql(LOGIN, { email: '', password: '' }))).toBe('BAD_USER_INPUT');
    expect(await auditActions(user.id)).toEqual(['LOGIN_FAILED']);
  });

  it('locks an account after 5 wrong passwords for 15 minutes, even for the right password', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    for (let i = 1; i <= 4; i++) expect(codeOf(await t.gql(LOGIN, { email: user.email, password: `wrong-${i}` }))).toBe('UNAUTHENTICATED');
    const fifth = await t.gql(LOGIN, { email: user.email, password: 'wrong-5' });
    expect(codeOf(fifth)).toBe('FORBIDDEN');
    expect(fifth.errors?.[0].extensions.reason).toBe('ACCOUNT_LOCKED');
    expect(fifth.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(14 * 60);
    const right = await t.gql(LOGIN, { email: user.email, password: PASSWORD });
    expect(right.errors?.[0].extensions.reason).toBe('ACCOUNT_LOCKED');
    expect(await auditActions(user.id)).toContain('LOCKOUT');
  });

  it('lets a locked user in again once the 15 minutes have passed', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    for (let i = 1; i <= 5; i++) await t.gql(LOGIN, { email: user.email, password: `wrong-${i}` });
    await t.db.query(`UPDATE app_user SET locked_until = now() - interval '1 second' WHERE id = $1`, [user.id]);
    expect((await t.gql(LOGIN, { email: user.email, password: PASSWORD })).data?.login.user.id).toBe(user.id);
  });

  it('counts attempts sent as aliases one by one: aliases never buy extra guesses', async () => {
    const user = await newUser(t, agency, 'SUPERVISOR');
    const failedCount = async () => (await t.db.query(`SELECT failed_login_count FROM app_user WHERE id = $1`, [user.id]))[0].failed_login_count;
    const guesses = (n: number) =>
      `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: login(input: { email: "${user.email}", password: "guess-${i}" }) { accessToken }`).join('\n')} }`;
    // Mutations run one after another and the first refusal ends the operation, so only one guess is tried.
    const first = await t.gql(guesses(6));
    expect(first.errors?.map((e) => `${e.path?.[0]}:${e.extensions.code}`)).toEqual(['a0:UNAUTHENTICATED']);
    expect(await failedCount()).toBe(1);
    for (let i = 0; i < 3; i++) await t.gql(guesses(3));
    expect(await failedCount()).toBe(4);
    expect((await t.gql(guesses(2))).errors?.[0].extensions.reason).toBe('ACCOUNT_LOCKED');
  });

  it('counts attempts sent as a batch one by one', async () => {
    const user = await newUser(t, agency, 'SUPERVISOR');
    const batch = Array.from({ length: 5 }, (_, i) => ({ query: LOGIN, variables: { email: user.email, password: `batch-guess-${i}` } }));
    const res = await t.post(batch);
    expect(res.status).toBe(200);
    expect(res.body.map((r: { errors: { extensions: { code: string } }[] }) => r.errors[0].extensions.code)).toContain('FORBIDDEN');
    const [{ locked }] = await t.db.query(`SELECT locked_until > now() AS locked FROM app_user WHERE id = $1`, [user.id]);
    expect(locked).toBe(true);
  });

  it('rotates the refresh token: each one works once', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const first = await signIn(t, user);
    const second = await t.gql(REFRESH, { token: first.refreshToken });
    expect(second.data?.refreshSession.refreshToken).toBeTruthy();
    expect(second.data?.refreshSession.refreshToken).not.toBe(first.refreshToken);
    const me = await t.gql(ME, {}, { token: second.data?.refreshSession.accessToken });
    expect(me.data?.me.user.id).toBe(user.id);
  });

  it('revokes the whole session when an already-used refresh token comes back', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const first = await signIn(t, user);
    const rotated = (await t.gql(REFRESH, { token: first.refreshToken })).data?.refreshSession;
    const replay = await t.gql(REFRESH, { token: first.refreshToken });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    // The thief's replay also ends the legitimate holder's newer tokens.
    expect(codeOf(await t.gql(REFRESH, { token: rotated.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, { token: rotated.accessToken }))).toBe('UNAUTHENTICATED');
    expect(await auditActions(user.id)).toContain('TOKEN_REUSE');
  });

  it('stores refresh tokens only as hashes', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const session = await signIn(t, user);
    const rows = await t.db.query(`SELECT token_hash FROM refresh_token WHERE token_hash = $1 OR token_hash = encode(sha256($1::bytea), 'hex')`, [session.refreshToken]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toBe(session.refreshToken);
  });

  it('refuses the access token and the refresh token after logout', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const session = await signIn(t, user);
    expect((await t.gql(LOGOUT, {}, { token: session.accessToken })).data?.logout).toBe(true);
    expect(codeOf(await t.gql(ME, {}, { token: session.accessToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { token: session.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(await auditActions(user.id)).toContain('LOGOUT');
  });

  it('refuses expired, forged, unsigned (alg none) and wrongly signed tokens', async () => {
    const user = await newUser(t, agency, 'ADMIN');
    const session = await signIn(t, user);
    const [, payload] = session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const sign = (header: object, body: object, key: string) => {
      const unsigned = `${b64(header)}.${b64(body)}`;
      return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
    };
    const devSecret = 'waymark-development-secret-do-not-use-in-production';
    const tokens = {
      expired: sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: 1, exp: 2 }, devSecret),
      algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
      wrongKey: sign({ alg: 'HS256', typ: 'JWT' }, claims, 'another-key-that-is-at-least-32-characters'),
      tamperedClaims: `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ ...claims, sub: agency.admin.id })}.${session.accessToken.split('.')[2]}`,
      garbage: 'not-a-jwt',
    };
    for (const [kind, token] of Object.entries(tokens)) {
      expect([kind, codeOf(await t.gql(ME, {}, { token }))]).toEqual([kind, 'UNAUTHENTICATED']);
    }
    // The same claims signed with the server's key are accepted: the refusals above are about the signature.
    expect((await t.gql(ME, {}, { token: sign({ alg: 'HS256', typ: 'JWT' }, claims, devSecret) })).data?.me.user.id).toBe(user.id);
  });

  it('refuses the refresh token of a user who was deactivated', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const session = await signIn(t, user);
    await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [user.id]);
    expect(codeOf(await t.gql(REFRESH, { token: session.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('counts wrong current passwords on a password change like failed sign-ins, and locks on the fifth', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const { accessToken } = await signIn(t, user);
    const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const guess = (i: number) => t.gql(CHANGE, { input: { currentPassword: `stolen-session-guess-${i}`, newPassword: 'Attacker-Chosen-Pass-1' } }, { token: accessToken });
    for (let i = 0; i < 4; i++) expect(codeOf(await guess(i))).toBe('BAD_USER_INPUT');
    expect((await guess(4)).errors?.[0].extensions.reason).toBe('ACCOUNT_LOCKED');
    // The lock ends the session that was guessing, and the real password no longer opens the account for now.
    expect(codeOf(await t.gql(ME, {}, { token: accessToken }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { email: user.email, password: PASSWORD })).errors?.[0].extensions.reason).toBe('ACCOUNT_LOCKED');
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(['LOGIN_FAILED', 'LOCKOUT']));
  });

  it('believes only the last X-Forwarded-For entry, the one our proxy adds', async () => {
    const user = await newUser(t, agency, 'INTAKE');
    await t.post({ query: LOGIN, variables: { email: user.email, password: PASSWORD } }).set('x-forwarded-for', '198.51.100.7, 10.9.8.7');
    const [attempt] = await t.db.query(`SELECT ip FROM login_attempt WHERE email = $1`, [user.email]);
    expect(attempt.ip).toBe('10.9.8.7');
  });

  it('requires a sign-in for everything but signing in', async () => {
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect((await t.gql(`{ appSettings { idleLockMinutes passwordMinLength } }`)).data?.appSettings.passwordMinLength).toBe(12);
  });
});
