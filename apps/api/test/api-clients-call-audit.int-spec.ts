import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createApiClient, freshMinute, type TestApiClient } from './support/api-client-fixtures';
import { newClient, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { CREATE_CLIENT } from './support/client-operations';
import { randomIp, startTestApp, type TestApp } from './support/test-app';

const DIRECTORY = `query Directory($search: String) { directoryOrganizations(first: 5, search: $search) { pageInfo { hasNextPage } } }`;
const USERS = `query People { users(first: 5) { totalCount } }`;
const CLIENT = `query Client($id: ID!) { client(id: $id) { id } }`;

interface CallRow {
  actor_type: string;
  actor_id: string | null;
  agency_id: string | null;
  entity_type: string;
  entity_id: string;
  client_id: string | null;
  ip: string;
  changes: Record<string, { to: string }>;
}

/**
 * Every HTTP request made with an API key leaves one API_CALL event as the client (in its agency,
 * with its address), naming what it called and how that went, never what it sent or got: a
 * GraphQL request its operations' names and root fields, a plain route its method and pattern.
 */
describe('API clients: every call audited as the client', () => {
  let t: TestApp;
  /** The same API with a rate limit of 3 a minute (alive throughout: the two instances share Passport's strategies). */
  let limited: TestApp;
  let a: StaffedAgency<never>;
  let directory: TestApiClient;
  let clientReader: TestApiClient;
  const ip = randomIp();

  beforeAll(async () => {
    t = await startTestApp();
    limited = await startTestApp({ API_CLIENT_RATE_LIMIT: '3' });
    a = await staffedAgency(t, {});
    directory = await createApiClient(t, a.people.admin.token, { name: 'A 211 directory', scopes: ['directory:read'] });
    clientReader = await createApiClient(t, a.people.admin.token, { name: 'County EHR', scopes: ['client:read'] });
  });
  afterAll(async () => {
    await limited.close();
    await t.close();
  });

  /** A request under an id of our own, so its audit rows are found by it. */
  function send(method: 'get' | 'post', path: string, token: string, body?: unknown, app = t) {
    const requestId = randomUUID();
    const req = request(app.app.getHttpAdapter().getInstance().server)[method](path).set('x-request-id', requestId).set('x-forwarded-for', ip).set('authorization', `Bearer ${token}`);
    return { requestId, response: body === undefined ? req : req.set('content-type', 'application/json').send(body as object) };
  }

  const calls = (requestId: string): Promise<CallRow[]> =>
    t.db.query(`SELECT actor_type, actor_id, agency_id, entity_type, entity_id, client_id, ip, changes FROM audit_event WHERE request_id = $1 AND action = 'API_CALL'`, [
      requestId,
    ]);

  const asClient = (key: TestApiClient) => ({ actor_type: 'API_CLIENT', actor_id: key.id, agency_id: a.agency.id, entity_type: 'ApiClient', entity_id: key.id, client_id: null, ip });

  /** Counts the audit inserts a request makes, through TypeORM's logger (every statement passes it). */
  async function auditInserts<T>(work: () => Promise<T>): Promise<{ result: T; inserts: number; statements: string[] }> {
    const spy = jest.spyOn(t.db.logger, 'logQuery');
    try {
      const result = await work();
      const statements = spy.mock.calls.map(([sql]) => sql);
      return { result, inserts: statements.filter((sql) => /^INSERT INTO audit_event/.test(sql)).length, statements };
    } finally {
      spy.mockRestore();
    }
  }

  it('records a GraphQL directory query as one call naming its operation and root field, without its variables', async () => {
    const { requestId, response } = send('post', '/graphql', directory.token, { query: DIRECTORY, variables: { search: 'Secret Harbor 4471' } });
    const { result, inserts, statements } = await auditInserts(async () => response);
    expect(result.body.errors).toBeUndefined();
    const rows = await calls(requestId);
    expect(rows).toEqual([
      { ...asClient(directory), changes: { call: { to: 'POST /graphql' }, operations: { to: 'query Directory: directoryOrganizations' }, outcome: { to: 'OK' } } },
    ]);
    expect(JSON.stringify(rows)).not.toContain('Secret Harbor');
    expect(inserts).toBe(1);
    // The key is looked up and counted once for the request (identified as it arrived, the guard reusing that).
    expect(statements.filter((sql) => /FROM api_client WHERE id/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /UPDATE api_client/.test(sql))).toHaveLength(1);
  });

  it('records a request no resolver answers as one call too: __typename, a query that does not validate, introspection, a persisted-query miss', async () => {
    const kinds: [unknown, number, string, string][] = [
      [{ query: '{ __typename }' }, 200, 'query (anonymous): __typename', 'OK'],
      [{ query: '{ nope }' }, 400, '(not run) (anonymous)', 'BAD_USER_INPUT'],
      [{ query: 'query Shape { __schema { queryType { name } } }' }, 200, 'query Shape: __schema', 'OK'],
      [{ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }, 200, '(not run) (anonymous)', 'PERSISTED_QUERY_NOT_FOUND'],
    ];
    for (const [body, status, operation, outcome] of kinds) {
      const { requestId, response } = send('post', '/graphql', directory.token, body);
      const { result, inserts } = await auditInserts(async () => response);
      expect([operation, result.status]).toEqual([operation, status]);
      expect(await calls(requestId)).toEqual([{ ...asClient(directory), changes: { call: { to: 'POST /graphql' }, operations: { to: operation }, outcome: { to: outcome } } }]);
      expect([operation, inserts]).toEqual([operation, 1]);
    }
  });

  it('records a request refused before GraphQL or any route saw it as one call with its HTTP status', async () => {
    const tooMany = send('post', '/graphql', directory.token, Array.from({ length: 6 }, () => ({ query: DIRECTORY })));
    expect((await tooMany.response).status).toBe(400);
    const unparsable = send('post', '/graphql', directory.token, '{"query": ');
    expect((await unparsable.response).status).toBe(400);
    const unknown = send('get', '/hsds/nowhere/Secret-Name', directory.token);
    expect((await unknown.response).status).toBe(404);
    const recorded = async (requestId: string) => (await calls(requestId)).map((row) => [row.actor_id, row.changes['call'].to, row.changes['outcome'].to]);
    expect(await recorded(tooMany.requestId)).toEqual([[directory.id, 'POST /graphql', 'HTTP 400']]);
    expect(await recorded(unparsable.requestId)).toEqual([[directory.id, 'POST /graphql', 'HTTP 400']]);
    // An unknown path is not echoed: it may hold anything the caller typed.
    expect(await recorded(unknown.requestId)).toEqual([[directory.id, 'GET (unknown route)', 'HTTP 404']]);
  });

  it('records a flood past the rate limit as one RATE_LIMITED call a minute, not one a refused request', async () => {
    // Started early enough in a minute that the calls share one window.
    await freshMinute();
    const key = await createApiClient(t, a.people.admin.token, { name: 'A busy feed', scopes: ['directory:read'] });
    const requestIds: string[] = [];
    const codes: (string | number)[] = [];
    for (let i = 0; i < 8; i++) {
      const rest = i % 2 === 1;
      const { requestId, response } = rest ? send('get', '/hsds/services', key.token, undefined, limited) : send('post', '/graphql', key.token, { query: DIRECTORY }, limited);
      const res = await response;
      requestIds.push(requestId);
      codes.push(rest ? res.status : (res.body.errors?.[0].extensions.code ?? 'OK'));
    }
    expect(codes).toEqual(['OK', 200, 'OK', 429, 'RATE_LIMITED', 429, 'RATE_LIMITED', 429]);
    const rows: { request_id: string; outcome: string; call: string }[] = await t.db.query(
      `SELECT request_id, changes->'outcome'->>'to' AS outcome, changes->'call'->>'to' AS call FROM audit_event WHERE action = 'API_CALL' AND actor_id = $1`,
      [key.id],
    );
    expect(rows.map((row) => row.outcome).sort()).toEqual(['ADMITTED', 'OK', 'OK', 'RATE_LIMITED']);
    // The minute's first refused request is the one recorded, named like any other call.
    expect(rows.filter((row) => row.outcome === 'RATE_LIMITED')).toEqual([{ request_id: requestIds[3], outcome: 'RATE_LIMITED', call: 'GET /hsds/services' }]);
  });

  it('records an HSDS REST read as its method and route pattern, with the names of its parameters but not their values', async () => {
    const { requestId, response } = send('get', '/hsds/services?per_page=3&search=Secret%20Pantry', directory.token);
    const { result, inserts } = await auditInserts(async () => response);
    expect(result.status).toBe(200);
    expect(await calls(requestId)).toEqual([{ ...asClient(directory), changes: { call: { to: 'GET /hsds/services?per_page&search' }, outcome: { to: 'ADMITTED' } } }]);
    expect(inserts).toBe(1);

    const one = send('get', `/hsds/services/${randomUUID()}`, directory.token);
    expect((await one.response).status).toBe(404);
    expect((await calls(one.requestId)).map((row) => row.changes['call'].to)).toEqual(['GET /hsds/services/:id']);
  });

  it('records a batch as one call naming each operation and how it went', async () => {
    const { requestId, response } = send('post', '/graphql', directory.token, [{ query: DIRECTORY }, { query: USERS }]);
    const res = await response;
    expect(res.body[0].errors).toBeUndefined();
    expect(res.body[1].errors[0].extensions.code).toBe('FORBIDDEN');
    const rows = await calls(requestId);
    expect(rows).toHaveLength(1);
    const { operations, outcome } = rows[0].changes;
    // The operations of a batch run side by side: each is named with its own outcome, in the order they were answered.
    const named = operations.to.split('; ').map((operation, i) => [operation, outcome.to.split('; ')[i]]);
    expect(named).toEqual(expect.arrayContaining([['query Directory: directoryOrganizations', 'OK'], ['query People: users', 'FORBIDDEN']]));
    expect(named).toHaveLength(2);
  });

  it('records a call refused for a missing scope, over REST and over GraphQL', async () => {
    const rest = send('get', '/hsds/services', clientReader.token);
    expect((await rest.response).status).toBe(403);
    expect(await calls(rest.requestId)).toEqual([{ ...asClient(clientReader), changes: { call: { to: 'GET /hsds/services' }, outcome: { to: 'FORBIDDEN' } } }]);

    const graphql = send('post', '/graphql', clientReader.token, { query: DIRECTORY });
    expect((await graphql.response).body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await calls(graphql.requestId)).map((row) => row.changes['outcome'].to)).toEqual(['FORBIDDEN']);
  });

  it('writes the call in the same insert as the reads of client data it made, over GraphQL and FHIR', async () => {
    const clientId = await newClient(t, a.people.admin.token);
    const graphql = send('post', '/graphql', clientReader.token, { query: CLIENT, variables: { id: clientId } });
    const { result, inserts } = await auditInserts(async () => graphql.response);
    expect(result.body.data.client.id).toBe(clientId);
    expect(inserts).toBe(1);
    const [read] = await t.db.query(`SELECT actor_id FROM audit_event WHERE request_id = $1 AND action = 'READ' AND client_id = $2`, [graphql.requestId, clientId]);
    expect(read.actor_id).toBe(clientReader.id);
    expect(await calls(graphql.requestId)).toHaveLength(1);

    const fhir = send('get', `/fhir/r4/Patient/${clientId}`, clientReader.token);
    const served = await auditInserts(async () => fhir.response);
    expect(served.result.status).toBe(200);
    expect(served.inserts).toBe(1);
    expect((await calls(fhir.requestId)).map((row) => row.changes['call'].to)).toEqual(['GET /fhir/r4/Patient/:id']);
  });

  it('records a write as one call too, after its transaction (which may roll back) has ended', async () => {
    const writer = await createApiClient(t, a.people.admin.token, { name: 'Intake form', scopes: ['client:write'] });
    const { requestId, response } = send('post', '/graphql', writer.token, { query: CREATE_CLIENT, variables: { input: { legalFirstName: 'Ada', legalLastName: 'Secret Surname' } } });
    expect((await response).body.errors).toBeUndefined();
    const rows = await calls(requestId);
    expect(rows.map((row) => [row.actor_id, row.changes['operations'].to, row.changes['outcome'].to])).toEqual([[writer.id, expect.stringMatching(/^mutation \S+: createClient$/), 'OK']]);
    expect(JSON.stringify(rows)).not.toContain('Secret Surname');
  });

  it('records a call to a public route made with a key (FHIR metadata) as the client', async () => {
    const { requestId, response } = send('get', '/fhir/r4/metadata', directory.token);
    expect((await response).status).toBe(200);
    expect(await calls(requestId)).toEqual([{ ...asClient(directory), changes: { call: { to: 'GET /fhir/r4/metadata' }, outcome: { to: 'ADMITTED' } } }]);
  });

  it("leaves no call event for a person's requests", async () => {
    const graphql = send('post', '/graphql', a.people.admin.token, { query: DIRECTORY });
    expect((await graphql.response).body.errors).toBeUndefined();
    const rest = send('get', '/hsds/services', a.people.admin.token);
    expect((await rest.response).status).toBe(200);
    const typename = send('post', '/graphql', a.people.admin.token, { query: '{ __typename }' });
    expect((await typename.response).status).toBe(200);
    const invalid = send('post', '/graphql', a.people.admin.token, { query: '{ nope }' });
    expect((await invalid.response).status).toBe(400);
    const requests = [graphql, rest, typename, invalid];
    expect((await Promise.all(requests.map(({ requestId }) => calls(requestId)))).flat()).toEqual([]);
  });

  it('withholds the answer when the call cannot be recorded', async () => {
    // Refuses this agency's calls only, so other specs writing to the trail meanwhile are untouched.
    await t.db.query(`ALTER TABLE audit_event ADD CONSTRAINT test_refuse_api_calls CHECK (action <> 'API_CALL' OR agency_id IS DISTINCT FROM '${a.agency.id}') NOT VALID`);
    try {
      const graphql = send('post', '/graphql', directory.token, { query: DIRECTORY });
      const answered = await graphql.response;
      expect(answered.body.data ?? null).toBeNull();
      expect(answered.body.errors[0].extensions.code).toBe('INTERNAL');

      const rest = send('get', '/hsds/services', directory.token);
      const refused = await rest.response;
      expect([refused.status, refused.body.code, refused.body.items]).toEqual([500, 'INTERNAL', undefined]);
    } finally {
      await t.db.query(`ALTER TABLE audit_event DROP CONSTRAINT test_refuse_api_calls`);
    }
  });
});
