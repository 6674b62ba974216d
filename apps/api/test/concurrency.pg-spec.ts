import { codeOf, LOGIN, newAgency, newUser, PASSWORD, REFRESH, signIn, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/** Runs only on PostgreSQL: these need several connections working at once. */
describe('under concurrent requests', () => {
  let t: TestApp;
  let agency: TestAgency;
  beforeAll(async () => {
    t = await startTestApp();
    agency = await newAgency(t);
  });
  afterAll(() => t.close());

  it('counts parallel wrong passwords one by one and locks at the fifth', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => t.gql(LOGIN, { email: user.email, password: `parallel-guess-${i}` })));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(4);
    expect(codes.filter((c) => c === 'FORBIDDEN')).toHaveLength(8);
    const [{ failed }] = await t.db.query(`SELECT count(*)::int AS failed FROM audit_event WHERE actor_id = $1 AND action = 'LOGIN_FAILED'`, [user.id]);
    expect(failed).toBe(12);
    expect(codeOf(await t.gql(LOGIN, { email: user.email, password: PASSWORD }))).toBe('FORBIDDEN');
  });

  it('lets only one of several parallel refreshes with the same token through', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const session = await signIn(t, user);
    const results = await Promise.all([1, 2, 3].map(() => t.gql(REFRESH, { token: session.refreshToken })));
    expect(results.filter((r) => r.data?.refreshSession).length).toBeLessThanOrEqual(1);
    const [{ revoked }] = await t.db.query(`SELECT count(*)::int AS revoked FROM auth_session WHERE user_id = $1 AND revoked_reason = 'refresh token reused'`, [user.id]);
    expect(revoked).toBe(1);
  });

  it('never lets two admins demote each other at once and leave the agency without one', async () => {
    const solo = await newAgency(t);
    const second = await newUser(t, solo, 'ADMIN');
    const [a, b] = [await signIn(t, solo.admin), await signIn(t, second)];
    const version = async (id: string) => (await t.db.query(`SELECT version FROM app_user WHERE id = $1`, [id]))[0].version;
    const ROLE = `mutation ($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }`;
    await Promise.all([
      t.gql(ROLE, { input: { userId: second.id, version: await version(second.id), role: 'AUDITOR' } }, { token: a.accessToken }),
      t.gql(ROLE, { input: { userId: solo.admin.id, version: await version(solo.admin.id), role: 'AUDITOR' } }, { token: b.accessToken }),
    ]);
    const [{ admins }] = await t.db.query(`SELECT count(*)::int AS admins FROM app_user WHERE agency_id = $1 AND role = 'ADMIN' AND active`, [solo.id]);
    expect(admins).toBe(1);
  });

  it('seals every event exactly once while requests keep writing', async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => newUser(t, agency, 'INTAKE')));
    const writers = Promise.all(users.flatMap((user) => Array.from({ length: 5 }, () => signIn(t, user))));
    const sealing = Promise.all([t.seal(), t.seal(), t.seal()]);
    await Promise.all([writers, sealing]);
    await t.seal();
    const token = (await signIn(t, agency.admin)).accessToken;
    await t.seal();
    const report = (await t.gql(`{ verifyAuditChain { intact unsealedCount sealedCount } }`, {}, { token })).data?.verifyAuditChain;
    expect(report).toMatchObject({ intact: true, unsealedCount: 0 });
    const [{ events }] = await t.db.query(`SELECT count(*)::int AS events FROM audit_event WHERE agency_id = $1`, [agency.id]);
    expect(report.sealedCount).toBe(events - 1);
  });
});
