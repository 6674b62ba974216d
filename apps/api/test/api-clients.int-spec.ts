import { createHash } from 'node:crypto';
import { createApiClient, type TestApiClient } from './support/api-client-fixtures';
import { newClient, ok, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { CREATE_CLIENT } from './support/client-operations';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const CLIENT = `query ($id: ID!) { client(id: $id) { id legalLastName } }`;
const REFERRALS = `{ referrals(filter: { box: SENT }) { pageInfo { hasNextPage } } }`;

describe('API clients: bearer authentication and scopes per operation', () => {
  let t: TestApp;
  let a: StaffedAgency<'caseManager'>;
  let writer: TestApiClient;
  let reader: TestApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    a = await staffedAgency(t, { caseManager: 'CASE_MANAGER' });
    writer = await createApiClient(t, a.people.admin.token, { name: 'County EHR', scopes: ['client:write'] });
    reader = await createApiClient(t, a.people.admin.token, { name: 'Funder reports', scopes: ['client:read'] });
  });
  afterAll(() => t.close());

  it('hands out a recognisable token once and keeps only the SHA-256 of its secret', async () => {
    expect(writer.token).toMatch(new RegExp(`^wmk_${writer.id.replaceAll('-', '')}_[A-Za-z0-9_-]{43}$`));
    const [row] = await t.db.query(`SELECT secret_hash FROM api_client WHERE id = $1`, [writer.id]);
    const secret = writer.token.split('_').slice(2).join('_');
    expect(row.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(await t.db.query(`SELECT * FROM api_client WHERE id = $1`, [writer.id]))).not.toContain(secret);
    // No field of the API gives the secret again.
    const listed = await t.gql(`{ apiClient(id: "${writer.id}") { id name scopes status } }`, {}, { token: a.people.admin.token });
    expect(listed.data?.apiClient).toEqual({ id: writer.id, name: 'County EHR', scopes: ['client:write'], status: 'ACTIVE' });
    const token = await t.gql(`{ apiClient(id: "${writer.id}") { token } }`, {}, { token: a.people.admin.token });
    expect(token.errors?.[0].message).toContain('Cannot query field "token"');
  });

  it('lets a write key create a client, naming the API client as its author and in the audit trail', async () => {
    const made = await ok(t.gql(CREATE_CLIENT, { input: { legalFirstName: 'Ada', legalLastName: 'From the EHR' } }, { token: writer.token }));
    const read = await ok(t.gql(CLIENT, { id: made.id }, { token: writer.token }));
    expect(read.legalLastName).toBe('From the EHR');
    // created_by references app_user: the key's companion row stands there for it.
    const [row] = await t.db.query(`SELECT created_by FROM client WHERE id = $1`, [made.id]);
    expect(row.created_by).toBe(writer.id);
    const audit = await t.db.query(`SELECT action, actor_type, actor_id FROM audit_event WHERE client_id = $1 ORDER BY id`, [made.id]);
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.every((row: { actor_type: string; actor_id: string }) => row.actor_type === 'API_CLIENT' && row.actor_id === writer.id)).toBe(true);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(expect.arrayContaining(['CREATE', 'READ']));
    // The audit viewer names the API client.
    await t.seal();
    const events = await t.gql(`query ($id: ID) { auditEvents(filter: { actorId: $id }) { edges { node { actorType actorName } } } }`, { id: writer.id }, { token: a.people.admin.token });
    expect(events.errors).toBeUndefined();
    expect(events.data?.auditEvents.edges[0].node).toEqual({ actorType: 'API_CLIENT', actorName: 'County EHR' });
  });

  it('lets a read key read but not write, and no key reach a context it has no scope for', async () => {
    const clientId = await newClient(t, a.people.admin.token);
    expect((await t.gql(CLIENT, { id: clientId }, { token: reader.token })).data?.client.id).toBe(clientId);
    const write = await t.gql(CREATE_CLIENT, { input: { legalFirstName: 'No', legalLastName: 'Write' } }, { token: reader.token });
    expect(codeOf(write)).toBe('FORBIDDEN');
    expect(write.errors?.[0].message).toContain('client:write');
    const referrals = await t.gql(REFERRALS, {}, { token: writer.token });
    expect(codeOf(referrals)).toBe('FORBIDDEN');
    expect(referrals.errors?.[0].message).toContain('referral:read');
    // A key acts as an admin, so what admins may not do (a caseload of one's own) it may not either.
    const caseload = await t.gql(`{ myCaseload { pageInfo { hasNextPage } } }`, {}, { token: writer.token });
    expect(codeOf(caseload)).toBe('FORBIDDEN');
    expect(caseload.errors?.[0].message).toContain('administrator');
  });

  it("refuses a person's own operations to every key", async () => {
    const everything = await createApiClient(t, a.people.admin.token, { scopes: ['identity:read', 'client:write', 'audit:read'] });
    const clientId = await newClient(t, a.people.admin.token);
    for (const query of [
      '{ me { user { id } } }',
      'mutation { logout }',
      `mutation { createApiClient(input: { name: "Mint", scopes: ["client:read"], expiresAt: "2099-01-01T00:00:00Z" }) { token } }`,
      '{ apiClients { pageInfo { hasNextPage } } }',
      'mutation { createUser(input: { email: "robot@test.example", displayName: "Robot", role: ADMIN, password: "Some-Long-Password-1" }) { id } }',
      `mutation { breakGlass(input: { clientId: "${clientId}", reason: "An integration in a hurry" }) { expiresAt } }`,
    ]) {
      const res = await t.gql(query, {}, { token: everything.token });
      expect([query, codeOf(res)]).toEqual([query, 'FORBIDDEN']);
    }
  });

  it("finds nothing of another agency's", async () => {
    const theirs = await newClient(t, a.people.stranger.token);
    expect(codeOf(await t.gql(CLIENT, { id: theirs }, { token: writer.token }))).toBe('NOT_FOUND');
  });

  it('refuses a wrong secret, an unknown client and a malformed key alike, saying nothing more', async () => {
    const wrongSecret = `${writer.token.slice(0, -4)}AAAA`;
    const unknown = `wmk_${'0'.repeat(32)}_${'A'.repeat(43)}`;
    for (const token of [wrongSecret, unknown, 'wmk_nonsense']) {
      const res = await t.gql(CLIENT, { id: writer.id }, { token });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).toBe('The API key is not valid.');
    }
  });
});
