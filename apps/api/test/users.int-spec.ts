import { codeOf, LOGIN, newAgency, newUser, PASSWORD, signIn, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const USER = `query User($id: ID!) { user(id: $id) { id email role active version } }`;
const USERS = `query Users($first: Int!, $after: String, $search: String, $role: Role) {
  users(first: $first, after: $after, search: $search, role: $role) { totalCount edges { node { id email } } pageInfo { hasNextPage endCursor } }
}`;
const CREATE = `mutation Create($input: CreateUserInput!) { createUser(input: $input) { id email role mustChangePassword version } }`;
const CHANGE_ROLE = `mutation Role($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role version } }`;
const DEACTIVATE = `mutation Deactivate($input: UserVersionInput!) { deactivateUser(input: $input) { id active version } }`;
const RESET = `mutation Reset($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { id mustChangePassword version } }`;
const UNLOCK = `mutation Unlock($input: UserVersionInput!) { unlockUser(input: $input) { id lockedUntil version } }`;
const CHANGE_PASSWORD = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ME = `{ me { user { id } } }`;

describe('user administration', () => {
  let t: TestApp;
  let agency: TestAgency;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp();
    agency = await newAgency(t);
    adminToken = (await signIn(t, agency.admin)).accessToken;
  });
  afterAll(() => t.close());

  const asAdmin = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, { token: adminToken });
  const versionOf = async (id: string) => (await t.db.query(`SELECT version FROM app_user WHERE id = $1`, [id]))[0].version as number;
  const auditRows = async (entityId: string) =>
    t.db.query(`SELECT action, actor_id, changes FROM audit_event WHERE entity_id = $1 ORDER BY id`, [entityId]);

  it('lets an admin create a user who then signs in and must choose a new password first', async () => {
    const email = `new-${Date.now()}@test.example`;
    const created = await asAdmin(CREATE, { input: { email, displayName: 'Nia New', role: 'CASE_MANAGER', password: 'Temporary-Pass-4711' } });
    expect(created.data?.createUser).toMatchObject({ email, role: 'CASE_MANAGER', mustChangePassword: true });

    const session = (await t.gql(LOGIN, { email, password: 'Temporary-Pass-4711' })).data?.login;
    expect(session.user.mustChangePassword).toBe(true);
    const blocked = await t.gql(`{ users(first: 1) { totalCount } }`, {}, { token: session.accessToken });
    expect(codeOf(blocked)).toBe('FORBIDDEN');
    expect((await t.gql(ME, {}, { token: session.accessToken })).data?.me.user.id).toBe(created.data?.createUser.id);

    const changed = await t.gql(CHANGE_PASSWORD, { input: { currentPassword: 'Temporary-Pass-4711', newPassword: 'Quiet-River-Lantern-88' } }, { token: session.accessToken });
    expect(changed.data?.changePassword).toBe(true);
    expect((await t.gql(LOGIN, { email, password: 'Quiet-River-Lantern-88' })).data?.login.user.mustChangePassword).toBe(false);

    const audit = await auditRows(created.data?.createUser.id);
    expect(audit[0]).toMatchObject({ action: 'CREATE', actor_id: agency.admin.id });
    expect(audit[0].changes.password).toEqual({ to: '[redacted]' });
    expect(audit.map((row: { action: string }) => row.action)).toContain('PASSWORD_CHANGE');
  });

  it('refuses short and common passwords with the field named', async () => {
    const short = await asAdmin(CREATE, { input: { email: 'short@test.example', displayName: 'S', role: 'INTAKE', password: 'Short-1' } });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].extensions.fields).toEqual([{ field: 'password', message: 'at least 12 characters' }]);
    const common = await asAdmin(CREATE, { input: { email: 'common@test.example', displayName: 'C', role: 'INTAKE', password: 'password1234' } });
    expect(codeOf(common)).toBe('BAD_USER_INPUT');
    expect(common.errors?.[0].extensions.fields).toEqual([{ field: 'password', message: 'too common' }]);
    expect(await t.db.query(`SELECT 1 FROM app_user WHERE email IN ('short@test.example', 'common@test.example')`)).toHaveLength(0);
  });

  it('refuses malformed input with a clear error and changes nothing', async () => {
    const cases = [
      { email: 'not-an-email', displayName: 'X', role: 'INTAKE', password: PASSWORD },
      { email: 'long@test.example', displayName: 'x'.repeat(121), role: 'INTAKE', password: PASSWORD },
      { email: 'role@test.example', displayName: 'X', role: 'OWNER', password: PASSWORD },
      { email: 'type@test.example', displayName: 42, role: 'INTAKE', password: PASSWORD },
    ];
    for (const input of cases) expect([input.email, codeOf(await asAdmin(CREATE, { input }))]).toEqual([input.email, 'BAD_USER_INPUT']);
    expect(codeOf(await asAdmin(USER, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
    expect(await t.db.query(`SELECT 1 FROM app_user WHERE email LIKE '%@test.example' AND display_name = 'X'`)).toHaveLength(0);
  });

  it('refuses a name of only spaces, and trims names', async () => {
    const blank = await asAdmin(CREATE, { input: { email: 'blank@test.example', displayName: '   ', role: 'INTAKE', password: PASSWORD } });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    const padded = await asAdmin(`mutation ($input: CreateUserInput!) { createUser(input: $input) { displayName } }`, {
      input: { email: 'padded@test.example', displayName: '  Pat Padded  ', role: 'INTAKE', password: PASSWORD },
    });
    expect(padded.data?.createUser.displayName).toBe('Pat Padded');
  });

  it('refuses a crafted cursor with BAD_USER_INPUT, not an internal error', async () => {
    const crafted = Buffer.from(JSON.stringify(['Alex', 'not-a-uuid'])).toString('base64url');
    expect(codeOf(await asAdmin(USERS, { first: 2, after: crafted }))).toBe('BAD_USER_INPUT');
    const craftedAudit = Buffer.from(JSON.stringify(["1; DROP TABLE x"])).toString('base64url');
    expect(codeOf(await asAdmin(`query ($after: String) { auditEvents(first: 2, after: $after) { edges { cursor } } }`, { after: craftedAudit }))).toBe('BAD_USER_INPUT');
  });

  it('refuses an e-mail that is already in use', async () => {
    const res = await asAdmin(CREATE, { input: { email: agency.admin.email.toUpperCase(), displayName: 'Dup', role: 'INTAKE', password: PASSWORD } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions).toMatchObject({ reason: 'EMAIL_TAKEN', fields: [{ field: 'email', message: 'already in use' }] });
  });

  it('pages through users by name with a cursor, and filters by search and role', async () => {
    const other = await newAgency(t);
    for (let i = 0; i < 3; i++) await newUser(t, other, 'INTAKE');
    await newUser(t, other, 'AUDITOR');
    const token = (await signIn(t, other.admin)).accessToken;
    const page1 = (await t.gql(USERS, { first: 2 }, { token })).data?.users;
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await t.gql(USERS, { first: 2, after: page1.pageInfo.endCursor }, { token })).data?.users;
    const page3 = (await t.gql(USERS, { first: 2, after: page2.pageInfo.endCursor }, { token })).data?.users;
    const seen = [...page1.edges, ...page2.edges, ...page3.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(seen).size).toBe(5);
    expect(page3.pageInfo.hasNextPage).toBe(false);
    expect((await t.gql(USERS, { first: 10, role: 'AUDITOR' }, { token })).data?.users.totalCount).toBe(1);
    expect((await t.gql(USERS, { first: 10, search: other.admin.email.slice(0, 12) }, { token })).data?.users.totalCount).toBe(1);
    expect(codeOf(await t.gql(USERS, { first: 2, after: 'garbage' }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(USERS, { first: 1000 }, { token }))).toBe('BAD_USER_INPUT');
  });

  it("answers NOT_FOUND for another agency's user, never data, and changes nothing", async () => {
    const other = await newAgency(t);
    const stranger = await newUser(t, other, 'CASE_MANAGER');
    const version = await versionOf(stranger.id);
    expect(codeOf(await asAdmin(USER, { id: stranger.id }))).toBe('NOT_FOUND');
    for (const [mutation, input] of [
      [CHANGE_ROLE, { userId: stranger.id, version, role: 'ADMIN' }],
      [DEACTIVATE, { userId: stranger.id, version }],
      [RESET, { userId: stranger.id, version, newPassword: 'Taken-Over-Account-77' }],
      [UNLOCK, { userId: stranger.id, version }],
    ] as const) {
      const res = await asAdmin(mutation, { input });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
    const [row] = await t.db.query(`SELECT role, active, version FROM app_user WHERE id = $1`, [stranger.id]);
    expect(row).toEqual({ role: 'CASE_MANAGER', active: true, version });
    expect((await t.gql(USERS, { first: 100 }, { token: adminToken })).data?.users.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(stranger.id);
  });

  it('refuses a stale version with CONFLICT and keeps the newer change', async () => {
    const user = await newUser(t, agency, 'INTAKE');
    const version = await versionOf(user.id);
    expect((await asAdmin(CHANGE_ROLE, { input: { userId: user.id, version, role: 'CASE_MANAGER' } })).data?.changeUserRole.version).toBe(version + 1);
    expect(codeOf(await asAdmin(CHANGE_ROLE, { input: { userId: user.id, version, role: 'AUDITOR' } }))).toBe('CONFLICT');
    expect((await t.db.query(`SELECT role FROM app_user WHERE id = $1`, [user.id]))[0].role).toBe('CASE_MANAGER');
    const audit = await auditRows(user.id);
    expect(audit.at(-1)).toMatchObject({ action: 'UPDATE', changes: { role: { from: 'INTAKE', to: 'CASE_MANAGER' } } });
  });

  it("does not make an admin's pending change stale when the user merely signs in or mistypes", async () => {
    const user = await newUser(t, agency, 'INTAKE');
    const version = await versionOf(user.id);
    await signIn(t, user);
    await t.gql(LOGIN, { email: user.email, password: 'a-typo-in-the-password' });
    const changed = await asAdmin(CHANGE_ROLE, { input: { userId: user.id, version, role: 'CASE_MANAGER' } });
    expect(changed.data?.changeUserRole.role).toBe('CASE_MANAGER');
  });

  it('takes effect at once when a user is deactivated: their tokens stop working', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const session = await signIn(t, user);
    expect((await t.gql(ME, {}, { token: session.accessToken })).data?.me.user.id).toBe(user.id);
    await asAdmin(DEACTIVATE, { input: { userId: user.id, version: await versionOf(user.id) } });
    expect(codeOf(await t.gql(ME, {}, { token: session.accessToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(LOGIN, { email: user.email, password: PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(await auditRows(user.id)).toContainEqual({ action: 'UPDATE', actor_id: agency.admin.id, changes: { active: { from: true, to: false } } });
  });

  it('takes effect at once when a role changes', async () => {
    const user = await newUser(t, agency, 'ADMIN');
    const session = await signIn(t, user);
    expect((await t.gql(USERS, { first: 1 }, { token: session.accessToken })).data?.users).toBeTruthy();
    await asAdmin(CHANGE_ROLE, { input: { userId: user.id, version: await versionOf(user.id), role: 'CASE_MANAGER' } });
    expect(codeOf(await t.gql(USERS, { first: 1 }, { token: session.accessToken }))).toBe('FORBIDDEN');
  });

  it('resets a password: old sessions end, the account unlocks, and the user must change it', async () => {
    const user = await newUser(t, agency, 'SUPERVISOR');
    const session = await signIn(t, user);
    for (let i = 0; i < 5; i++) await t.gql(LOGIN, { email: user.email, password: `wrong-${i}` });
    const reset = await asAdmin(RESET, { input: { userId: user.id, version: await versionOf(user.id), newPassword: 'Fresh-Start-Maple-31' } });
    expect(reset.data?.resetUserPassword.mustChangePassword).toBe(true);
    expect(codeOf(await t.gql(ME, {}, { token: session.accessToken }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { email: user.email, password: 'Fresh-Start-Maple-31' })).data?.login.user.id).toBe(user.id);
    expect(await auditRows(user.id)).toContainEqual({
      action: 'UPDATE',
      actor_id: agency.admin.id,
      changes: { password: { to: '[redacted]' }, mustChangePassword: { from: false, to: true } },
    });
  });

  it('unlocks a locked account on request', async () => {
    const user = await newUser(t, agency, 'INTAKE');
    for (let i = 0; i < 5; i++) await t.gql(LOGIN, { email: user.email, password: `wrong-${i}` });
    const unlocked = await asAdmin(UNLOCK, { input: { userId: user.id, version: await versionOf(user.id) } });
    expect(unlocked.data?.unlockUser.lockedUntil).toBeNull();
    expect((await auditRows(user.id)).at(-1)).toMatchObject({ action: 'UPDATE', actor_id: agency.admin.id, changes: { lockedUntil: { to: null } } });
    expect((await t.gql(LOGIN, { email: user.email, password: PASSWORD })).data?.login.user.id).toBe(user.id);
  });

  it('keeps at least one active admin and refuses changing oneself', async () => {
    const solo = await newAgency(t);
    const token = (await signIn(t, solo.admin)).accessToken;
    const version = await versionOf(solo.admin.id);
    const self = await t.gql(DEACTIVATE, { input: { userId: solo.admin.id, version } }, { token });
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
    const second = await newUser(t, solo, 'ADMIN');
    const secondToken = (await signIn(t, second)).accessToken;
    expect((await t.gql(CHANGE_ROLE, { input: { userId: solo.admin.id, version, role: 'AUDITOR' } }, { token: secondToken })).data?.changeUserRole.role).toBe('AUDITOR');
    const last = await t.gql(DEACTIVATE, { input: { userId: second.id, version: await versionOf(second.id) } }, { token: secondToken });
    expect(codeOf(last)).toBe('BAD_USER_INPUT');
    // An inactive admin is no one's last admin: demoting them is fine.
    const dormant = await newUser(t, solo, 'ADMIN');
    await t.gql(DEACTIVATE, { input: { userId: dormant.id, version: await versionOf(dormant.id) } }, { token: secondToken });
    const demoted = await t.gql(CHANGE_ROLE, { input: { userId: dormant.id, version: await versionOf(dormant.id), role: 'INTAKE' } }, { token: secondToken });
    expect(demoted.data?.changeUserRole.role).toBe('INTAKE');
  });

  it.each(['SUPERVISOR', 'CASE_MANAGER', 'INTAKE', 'AUDITOR'] as const)('refuses user administration to a %s', async (role) => {
    const user = await newUser(t, agency, role);
    const token = (await signIn(t, user)).accessToken;
    expect(codeOf(await t.gql(USERS, { first: 5 }, { token }))).toBe('FORBIDDEN');
    const create = await t.gql(CREATE, { input: { email: `sneaky-${role}@test.example`, displayName: 'S', role: 'ADMIN', password: PASSWORD } }, { token });
    expect(codeOf(create)).toBe('FORBIDDEN');
    expect(await t.db.query(`SELECT 1 FROM app_user WHERE email = $1`, [`sneaky-${role.toLowerCase()}@test.example`])).toHaveLength(0);
  });

  it('refuses a new password that is the current one, or when the current one is wrong', async () => {
    const user = await newUser(t, agency, 'CASE_MANAGER');
    const token = (await signIn(t, user)).accessToken;
    const wrongCurrent = await t.gql(CHANGE_PASSWORD, { input: { currentPassword: 'wrong-current-pw', newPassword: 'Brand-New-Secret-42' } }, { token });
    expect(wrongCurrent.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'currentPassword', message: 'not right' }] });
    expect(codeOf(await t.gql(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: PASSWORD } }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'qwertyuiopas' } }, { token }))).toBe('BAD_USER_INPUT');
  });
});
