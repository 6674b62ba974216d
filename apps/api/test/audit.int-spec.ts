import { codeOf, newAgency, newUser, signIn, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const VERIFY = `{ verifyAuditChain { intact sealedCount unsealedCount firstBrokenEventId firstBrokenSequence } }`;
const EVENTS = `query Events($first: Int!, $after: String) { auditEvents(first: $first, after: $after) { edges { node { id action actorId entityType entityId changes requestId ip userAgent } } pageInfo { hasNextPage endCursor } } }`;

describe('audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** An agency with some history: sign-ins, a failure, a user created. */
  async function agencyWithHistory(): Promise<{ agency: TestAgency; token: string }> {
    const agency = await newAgency(t);
    const user = await newUser(t, agency, 'CASE_MANAGER');
    await signIn(t, user);
    await t.gql(`mutation { login(input: { email: "${user.email}", password: "wrong-password-1" }) { accessToken } }`);
    const token = (await signIn(t, agency.admin)).accessToken;
    return { agency, token };
  }

  it('records who did what, from where, under which request', async () => {
    const { agency, token } = await agencyWithHistory();
    const res = await t.post({ query: EVENTS, variables: { first: 50 } }, { token }).set('user-agent', 'audit-test/1.0').set('x-request-id', 'audit-req-1');
    const events = res.body.data.auditEvents.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(events.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['LOGIN', 'LOGIN_FAILED', 'CREATE']));
    const login = events.find((e: { action: string; actorId: string }) => e.action === 'LOGIN' && e.actorId === agency.admin.id);
    expect(login).toMatchObject({ entityType: 'Session', ip: expect.stringMatching(/^10\./) });
    expect(login.requestId).toEqual(expect.any(String));

    const verified = await t.post({ query: VERIFY }, { token }).set('user-agent', 'audit-test/1.0');
    const [verify] = await t.db.query(`SELECT request_id, user_agent FROM audit_event WHERE agency_id = $1 AND action = 'VERIFY' ORDER BY id DESC LIMIT 1`, [agency.id]);
    expect(verify).toEqual({ request_id: verified.headers['x-request-id'], user_agent: 'audit-test/1.0' });
  });

  it('audits reading the trail itself, under the request that read it', async () => {
    const { agency, token } = await agencyWithHistory();
    const res = await t.post({ query: EVENTS, variables: { first: 3 } }, { token });
    const [read] = await t.db.query(`SELECT action, entity_type, actor_id, changes FROM audit_event WHERE agency_id = $1 AND request_id = $2`, [
      agency.id,
      res.headers['x-request-id'],
    ]);
    expect(read).toEqual({ action: 'READ', entity_type: 'AuditTrail', actor_id: agency.admin.id, changes: { rows: { to: 3 } } });
  });

  it('withholds the data when the read cannot be audited', async () => {
    const { token } = await agencyWithHistory();
    // Fault injection in the real database: inserts of trail reads now fail.
    await t.db.query(`ALTER TABLE audit_event ADD CONSTRAINT test_refuse_trail_reads CHECK (entity_type IS DISTINCT FROM 'AuditTrail') NOT VALID`);
    try {
      const res = await t.gql(EVENTS, { first: 3 }, { token });
      expect(res.data ?? null).toBeNull();
      expect(codeOf(res)).toBe('INTERNAL');
    } finally {
      await t.db.query(`ALTER TABLE audit_event DROP CONSTRAINT test_refuse_trail_reads`);
    }
  });

  it('shows an agency only its own events, page by page', async () => {
    const a = await agencyWithHistory();
    const b = await agencyWithHistory();
    // Taken before paging: reading the trail adds READ events of its own.
    const own = await t.db.query(`SELECT id::text AS id FROM audit_event WHERE agency_id = $1 ORDER BY audit_event.id DESC`, [a.agency.id]);
    const page1 = (await t.gql(EVENTS, { first: 2 }, { token: a.token })).data?.auditEvents;
    const page2 = (await t.gql(EVENTS, { first: 50, after: page1.pageInfo.endCursor }, { token: a.token })).data?.auditEvents;
    const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual(own.map((r: { id: string }) => r.id));
    const other = await t.db.query(`SELECT id::text FROM audit_event WHERE agency_id = $1`, [b.agency.id]);
    expect(ids).not.toEqual(expect.arrayContaining([other[0].id]));
  });

  it('keeps the trail in monthly partitions, made ahead of time by the sealer', async () => {
    const { agency } = await agencyWithHistory();
    await t.seal();
    const [{ partition }] = await t.db.query(`SELECT DISTINCT tableoid::regclass::text AS partition FROM audit_event WHERE agency_id = $1`, [agency.id]);
    const month = (offset: number) => {
      const d = new Date();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + offset);
      return `audit_event_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    };
    expect(partition).toBe(month(0));
    const [ahead] = await t.db.query(`SELECT to_regclass($1) IS NOT NULL AS one, to_regclass($2) IS NOT NULL AS two`, [month(1), month(2)]);
    expect(ahead).toEqual({ one: true, two: true });
    await expect(t.db.query(`TRUNCATE ${month(0)}`)).rejects.toThrow(/append-only/);
  });

  it('is append-only: the database refuses to change or delete an event', async () => {
    const { agency } = await agencyWithHistory();
    await expect(t.db.query(`UPDATE audit_event SET action = 'READ' WHERE agency_id = $1`, [agency.id])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_event WHERE agency_id = $1`, [agency.id])).rejects.toThrow(/append-only/);
  });

  it('chains events after the fact and reports the unsealed tail', async () => {
    const { agency, token } = await agencyWithHistory();
    const before = (await t.gql(VERIFY, {}, { token })).data?.verifyAuditChain;
    expect(before.unsealedCount).toBeGreaterThan(0);
    await t.seal();
    const after = (await t.gql(VERIFY, {}, { token })).data?.verifyAuditChain;
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM audit_event WHERE agency_id = $1`, [agency.id]);
    // The verification itself is audited after it counted, so it is the one event not in the report.
    expect(after).toEqual({ intact: true, sealedCount: count - 1, unsealedCount: 0, firstBrokenEventId: null, firstBrokenSequence: null });
  });

  it('names the first tampered row when someone edits an event behind the API', async () => {
    const { agency, token } = await agencyWithHistory();
    await t.seal();
    const rows = await t.db.query(`SELECT e.id::text AS id, s.seq FROM audit_event e JOIN audit_seal s ON s.event_id = e.id WHERE e.agency_id = $1 ORDER BY s.seq`, [agency.id]);
    const victim = rows[2];
    // An attacker with database rights switches the guard off to rewrite history.
    await t.db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
    try {
      await t.db.query(`UPDATE audit_event SET ip = '203.0.113.9' WHERE id = $1`, [victim.id]);
    } finally {
      await t.db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`);
    }
    const report = (await t.gql(VERIFY, {}, { token })).data?.verifyAuditChain;
    expect(report).toMatchObject({ intact: false, firstBrokenEventId: victim.id, firstBrokenSequence: Number(victim.seq) });
  });

  it('notices a deleted seal as a gap in the chain', async () => {
    const { agency, token } = await agencyWithHistory();
    await t.seal();
    const rows = await t.db.query(`SELECT event_id::text AS id, seq FROM audit_seal WHERE chain = $1 ORDER BY seq`, [agency.id]);
    await t.db.query(`ALTER TABLE audit_seal DISABLE TRIGGER audit_seal_no_update`);
    try {
      await t.db.query(`DELETE FROM audit_seal WHERE event_id = $1`, [rows[1].id]);
    } finally {
      await t.db.query(`ALTER TABLE audit_seal ENABLE TRIGGER audit_seal_no_update`);
    }
    const report = (await t.gql(VERIFY, {}, { token })).data?.verifyAuditChain;
    expect(report).toMatchObject({ intact: false, firstBrokenEventId: rows[2].id, firstBrokenSequence: 2 });
  });

  it('lets an auditor read and verify the trail, and nobody else but an admin', async () => {
    const { agency } = await agencyWithHistory();
    const auditor = await newUser(t, agency, 'AUDITOR');
    const auditorToken = (await signIn(t, auditor)).accessToken;
    expect((await t.gql(VERIFY, {}, { token: auditorToken })).data?.verifyAuditChain.intact).toBe(true);
    expect((await t.gql(EVENTS, { first: 5 }, { token: auditorToken })).data?.auditEvents.edges.length).toBe(5);
    for (const role of ['SUPERVISOR', 'CASE_MANAGER', 'INTAKE'] as const) {
      const token = (await signIn(t, await newUser(t, agency, role))).accessToken;
      expect([role, codeOf(await t.gql(VERIFY, {}, { token }))]).toEqual([role, 'FORBIDDEN']);
      expect([role, codeOf(await t.gql(EVENTS, { first: 5 }, { token }))]).toEqual([role, 'FORBIDDEN']);
    }
  });
});
