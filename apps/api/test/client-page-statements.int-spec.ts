import { clientOnCaseload, hoursAgo, ok, signedIn, worker, type Worker } from './support/client-fixtures';
import { CREATE_NOTE, SIGN_NOTE } from './support/client-operations';
import { newAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const PROFILE = `query ($id: ID!, $first: Int) {
  client(id: $id) { id displayName status riskLevel flags primaryCaseManager { id displayName } }
  caseNotes(clientId: $id, first: $first) { totalCount edges { node { id noteType occurredAt narrative signedAt author { id displayName } } } }
}`;
const CASELOADS = `{ caseloads { worker { id displayName } totalClients activeClients pendingClients onHoldClients highRiskClients shareOfAverage } }`;
const SEARCH = `query ($search: String, $first: Int) {
  clients(search: $search, first: $first) { totalCount edges { node { id clientNumber displayName dateOfBirth status riskLevel } } }
}`;

interface Profile {
  client: { id: string; primaryCaseManager: { id: string } | null };
  caseNotes: { totalCount: number; edges: { node: { author: { id: string } } }[] };
}

/**
 * What the client profile, the caseloads report, a client search and writing a note cost in
 * SQL statements: the same whatever the page size or the agency's size, and a note's audit row
 * written with it, in its transaction.
 */
describe('client pages at any size', () => {
  let t: TestApp;
  let supervisor: Worker;
  let caseManager: Worker;
  let colleague: Worker;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    const agency = await newAgency(t);
    admin = (await signedIn(t, agency.admin)).token;
    supervisor = await worker(t, agency, 'SUPERVISOR');
    caseManager = await worker(t, agency, 'CASE_MANAGER');
    colleague = await worker(t, agency, 'CASE_MANAGER');
  }, 60_000);
  afterAll(() => t.close());

  /** Answers the operation and the SQL the API sent for it, through TypeORM's logger. */
  async function counted<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ statements: string[]; data: T }> {
    const spy = jest.spyOn(t.db.logger, 'logQuery');
    try {
      const res = await t.gql<T>(query, variables, { token });
      if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
      return { statements: spy.mock.calls.map(([sql]) => sql), data: res.data };
    } finally {
      spy.mockRestore();
    }
  }

  /** A signed note about the client by `author`. */
  async function note(author: Worker, clientId: string, hours: number) {
    const input = { clientId, noteType: 'PHONE_CALL', occurredAt: hoursAgo(hours), narrative: `Called, ${hours} hours ago.` };
    const draft = await ok(t.gql(CREATE_NOTE, { input }, { token: author.token }));
    await ok(t.gql(SIGN_NOTE, { input: { noteId: draft.id, version: draft.version } }, { token: author.token }));
  }

  it('shows a client with 5 notes by two authors, or 25, in statements that do not grow with the page', async () => {
    const clientId = await clientOnCaseload(t, admin, caseManager, colleague);
    for (let i = 0; i < 25; i++) await note(i % 2 ? caseManager : colleague, clientId, i + 1);

    const five = await counted<Profile>(caseManager.token, PROFILE, { id: clientId, first: 5 });
    const all = await counted<Profile>(caseManager.token, PROFILE, { id: clientId, first: 25 });
    expect(five.data.caseNotes.edges).toHaveLength(5);
    expect(all.data.caseNotes.edges).toHaveLength(25);
    expect(all.data.caseNotes.totalCount).toBe(25);
    expect(new Set(all.data.caseNotes.edges.map((edge) => edge.node.author.id))).toEqual(new Set([caseManager.id, colleague.id]));
    expect(all.data.client.primaryCaseManager).not.toBeNull();
    // The authors' and the case manager's names load in one batch or two, whichever of their queries answers first; never one per note.
    expect(Math.abs(all.statements.length - five.statements.length)).toBeLessThanOrEqual(1);
    // The session, the client with whether it is on the caller's caseload (asked once for both
    // fields), the page of notes with its total, the enrollments, the names, the audit of the reads.
    expect(all.statements.length).toBeLessThanOrEqual(7);
    expect(all.statements.filter((sql) => /FROM "client"/.test(sql))).toHaveLength(1);
  }, 120_000);

  it('counts every caseload in the same statements for 2 clients as for 12', async () => {
    const before = await counted<{ caseloads: unknown[] }>(supervisor.token, CASELOADS);
    for (let i = 0; i < 10; i++) await clientOnCaseload(t, admin, i % 2 ? caseManager : colleague);
    const after = await counted<{ caseloads: { worker: { id: string }; totalClients: number }[] }>(supervisor.token, CASELOADS);
    expect(after.statements).toHaveLength(before.statements.length);
    // The session, the counts, the workers listed.
    expect(after.statements.length).toBeLessThanOrEqual(3);
    expect(after.data.caseloads.find((row) => row.worker.id === caseManager.id)?.totalClients).toBeGreaterThanOrEqual(5);
  }, 120_000);

  it('finds a misspelled name in a caseload without a transaction, and across the agency at the same threshold, each total in its page', async () => {
    type Found = { clients: { totalCount: number; edges: unknown[] } };
    // 'Tesst Clint' is like 'Test Client …' (0.54), less than the index's default threshold (0.6).
    const caseload = await counted<Found>(caseManager.token, SEARCH, { search: 'Tesst Clint', first: 2 });
    expect(caseload.data.clients.edges).toHaveLength(2);
    expect(caseload.data.clients.totalCount).toBeGreaterThan(2);
    expect(caseload.statements.some((sql) => /START TRANSACTION|set_config/.test(sql))).toBe(false);
    expect(caseload.statements.filter((sql) => /FROM "client"/.test(sql))).toHaveLength(1);

    const agency = await counted<Found>(supervisor.token, SEARCH, { search: 'Tesst Clint', first: 2 });
    expect(agency.data.clients.totalCount).toBeGreaterThanOrEqual(caseload.data.clients.totalCount);
    expect(agency.statements.filter((sql) => /FROM "client"/.test(sql))).toHaveLength(1);
  });

  it('writes a note and its audit row in one transaction, the audit one statement after the note', async () => {
    const clientId = await clientOnCaseload(t, admin, caseManager);
    const input = { clientId, noteType: 'HOME_VISIT', occurredAt: hoursAgo(2), narrative: 'Visited.' };
    const { data, statements } = await counted<{ createCaseNote: { id: string } }>(caseManager.token, CREATE_NOTE, { input });
    const { id } = data.createCaseNote;

    const writes = statements.filter((sql) => /^\s*INSERT/i.test(sql));
    expect(writes).toHaveLength(2);
    expect(writes[0]).toMatch(/INSERT INTO "case_note"/);
    expect(writes[1]).toMatch(/INSERT INTO audit_event/);
    const begin = statements.indexOf('START TRANSACTION');
    expect(statements.indexOf(writes[1])).toBe(statements.indexOf(writes[0]) + 1);
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(statements.indexOf('COMMIT')).toBe(statements.indexOf(writes[1]) + 1);

    const [written] = await t.db.query(`SELECT xmin::text AS tx FROM case_note WHERE id = $1`, [id]);
    const audited = await t.db.query(`SELECT xmin::text AS tx, action FROM audit_event WHERE entity_id = $1`, [id]);
    expect(audited).toEqual([{ tx: written.tx, action: 'CREATE' }]);
  });
});
