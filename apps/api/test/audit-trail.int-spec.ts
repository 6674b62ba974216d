import { randomUUID } from 'node:crypto';
import { auditSeverity, BREAK_GLASS_REASON_MAX_LENGTH } from '@waymark/shared/types';
import { clientOnCaseload, newClient, ok, type StaffedAgency, staffedAgency } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const EVENT = 'id occurredAt action severity actorType actorId actorName entityType entityId clientId client { id displayName clientNumber } changes reason';
const EVENTS = `query ($first: Int, $after: String, $filter: AuditEventFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { cursor node { ${EVENT} } } }
}`;
const VIEWERS = `query ($clientId: ID!) { clientViewers(clientId: $clientId) { actorId actorType actorName views firstViewedAt lastViewedAt emergency reasons } }`;
const EXPORT = `mutation ($filter: AuditEventFilter) { exportAuditEvents(filter: $filter) { filename csv rowCount } }`;
const BREAK_GLASS = `mutation ($input: BreakGlassInput!) { breakGlass(input: $input) { id clientId grantedAt expiresAt } }`;
const GET = `query ($id: ID!, $accessReason: String) { client(id: $id, accessReason: $accessReason) { id emergencyAccessUntil } }`;
const UPDATE = `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { id } }`;
const QUEUE = `query ($clientId: ID) { tasks(first: 20, filter: { unassigned: true, kinds: [EMERGENCY_ACCESS_REVIEW], clientId: $clientId }) { edges { node { id version kind subjectType subjectId details assignee { id } client { id } } } } }`;
const SETTINGS = `{ clientSettings { version } }`;
const UPDATE_SETTINGS = `mutation ($input: UpdateClientSettingsInput!) { updateClientSettings(input: $input) { version } }`;
const COMPLETE = `mutation ($input: CompleteTaskInput!) { completeTask(input: $input) { id status } }`;

const ROLES = { caseManager: 'CASE_MANAGER', otherCaseManager: 'CASE_MANAGER', intake: 'INTAKE', auditor: 'AUDITOR', supervisor: 'SUPERVISOR' } as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

interface EventNode {
  id: string;
  occurredAt: string;
  action: string;
  severity: string;
  actorId: string | null;
  actorName: string | null;
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
  client: { id: string; displayName: string; clientNumber: string } | null;
  changes: Record<string, { from?: unknown; to?: unknown }> | null;
  reason: string | null;
}

describe('the audit trail in use', () => {
  let t: TestApp;
  let world: StaffedAgency<keyof typeof ROLES>;
  let mine: string;
  let other: string;
  let strangerClient: string;
  let startedAt: string;

  const as = (who: Who) => world.as(who);
  const nameOf = async (who: Who): Promise<string> => (await t.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [world.people[who].id]))[0].display_name;
  const events = async (filter: Record<string, unknown>, first = 100, who: Who = 'auditor', after?: string): Promise<{ nodes: EventNode[]; endCursor: string | null; hasNextPage: boolean }> => {
    const page = await ok(as(who)(EVENTS, { filter, first, after }));
    return { nodes: page.edges.map((edge: { node: EventNode }) => edge.node), endCursor: page.pageInfo.endCursor, hasNextPage: page.pageInfo.hasNextPage };
  };

  beforeAll(async () => {
    t = await startTestApp();
    world = await staffedAgency(t, ROLES);
    startedAt = new Date(Date.now() - 1000).toISOString();
    mine = await clientOnCaseload(t, world.people.admin.token, world.people.caseManager);
    other = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
    strangerClient = await newClient(t, world.people.stranger.token, { status: 'ACTIVE' });
    // Two visits of the case manager to their client's record, one of the supervisor.
    await ok(as('caseManager')(GET, { id: mine }));
    await ok(as('caseManager')(GET, { id: mine }));
    await ok(as('supervisor')(GET, { id: mine }));
  });
  afterAll(() => t.close());

  describe('filters', () => {
    it('narrows by client, naming the client, newest first', async () => {
      const { nodes } = await events({ clientId: mine });
      expect(nodes.length).toBeGreaterThan(3);
      expect(new Set(nodes.map((node) => node.clientId))).toEqual(new Set([mine]));
      expect(nodes[0].client).toMatchObject({ id: mine, clientNumber: expect.any(String), displayName: expect.stringContaining('Test') });
      const times = nodes.map((node) => node.occurredAt);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it('narrows by the user who acted, naming them', async () => {
      const { nodes } = await events({ actorId: world.people.caseManager.id });
      expect(nodes.length).toBeGreaterThanOrEqual(2);
      expect(new Set(nodes.map((node) => node.actorId))).toEqual(new Set([world.people.caseManager.id]));
      expect(nodes[0].actorName).toBe(await nameOf('caseManager'));
    });

    it("offers the agency's users, and only them, to filter on", async () => {
      const actors: { id: string }[] = await ok(as('auditor')(`{ auditActors { id displayName role active } }`));
      const ids = actors.map((actor) => actor.id);
      expect(ids).toEqual(expect.arrayContaining([world.people.caseManager.id, world.people.admin.id, world.people.auditor.id]));
      expect(ids).not.toContain(world.people.stranger.id);
      expect(codeOf(await as('caseManager')(`{ auditActors { id } }`))).toBe('FORBIDDEN');
    });

    it('narrows by action, one or several', async () => {
      const reads = await events({ actions: ['READ'] });
      expect(new Set(reads.nodes.map((node) => node.action))).toEqual(new Set(['READ']));
      const writes = await events({ actions: ['CREATE', 'UPDATE'] });
      expect(writes.nodes.length).toBeGreaterThan(0);
      expect(writes.nodes.every((node) => ['CREATE', 'UPDATE'].includes(node.action))).toBe(true);
    });

    it('narrows by the kind of record and the record, and shows field-level changes', async () => {
      const { nodes } = await events({ entityType: 'Client', entityId: mine, actions: ['CREATE'] });
      expect(nodes).toHaveLength(1);
      expect(nodes[0]).toMatchObject({ entityType: 'Client', entityId: mine, action: 'CREATE', actorId: world.people.admin.id });
      expect(nodes[0].changes?.['legalFirstName']).toEqual({ to: 'Test' });
      const anyKind = await events({ entityId: mine });
      expect(anyKind.nodes.every((node) => node.entityId === mine)).toBe(true);
    });

    it('narrows by time range', async () => {
      // The admin's work on the client (each reading of the trail adds an event about it too).
      const admin = { clientId: mine, actorId: world.people.admin.id };
      expect((await events({ ...admin, to: startedAt })).nodes).toEqual([]);
      const all = await events({ ...admin, from: startedAt });
      expect(all.nodes.length).toBeGreaterThan(2);
      const middle = all.nodes[Math.floor(all.nodes.length / 2)].occurredAt;
      const later = await events({ ...admin, from: middle });
      expect(later.nodes.length).toBeGreaterThan(0);
      expect(later.nodes.every((node) => node.occurredAt >= middle)).toBe(true);
      const earlier = await events({ ...admin, from: startedAt, to: middle });
      expect(earlier.nodes.every((node) => node.occurredAt < middle)).toBe(true);
      expect(later.nodes.length + earlier.nodes.length).toBe(all.nodes.length);
    });

    it('combines filters', async () => {
      const { nodes } = await events({ clientId: mine, actorId: world.people.caseManager.id, actions: ['READ'], entityType: 'Client' });
      expect(nodes).toHaveLength(2);
      expect(nodes.every((node) => node.clientId === mine && node.actorId === world.people.caseManager.id && node.action === 'READ')).toBe(true);
      expect((await events({ clientId: mine, actorId: world.people.caseManager.id, actions: ['CREATE'] })).nodes).toEqual([]);
    });

    it('pages with a cursor without skipping or repeating an event', async () => {
      const all = (await events({ clientId: mine })).nodes.map((node) => node.id);
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await events({ clientId: mine }, 2, 'auditor', after);
        seen.push(...page.nodes.map((node) => node.id));
        if (!page.hasNextPage) break;
        after = page.endCursor ?? undefined;
      }
      // The reads of the trail just made are about the client too, but newer than the first list.
      expect(seen.filter((id) => all.includes(id))).toEqual(all);
      expect(new Set(seen).size).toBe(seen.length);
    });

    it("never shows another agency's events", async () => {
      expect((await events({ clientId: strangerClient })).nodes).toEqual([]);
      expect((await events({ actorId: world.people.stranger.id })).nodes).toEqual([]);
      expect((await events({ clientId: mine }, 100, 'stranger')).nodes).toEqual([]);
      const theirs = await events({}, 100, 'stranger');
      // Their own reading of the trail names the id they asked about, and nothing else of ours.
      const aboutUs = theirs.nodes.filter((node) => node.entityType !== 'AuditTrail' && (node.clientId === mine || node.actorId === world.people.caseManager.id));
      expect(aboutUs).toEqual([]);
    });

    it('refuses bad input with a typed error', async () => {
      const bad = async (filter: Record<string, unknown>) => codeOf(await as('auditor')(EVENTS, { filter }));
      expect(await bad({ clientId: 'not-an-id' })).toBe('BAD_USER_INPUT');
      expect(await bad({ actorId: 42 })).toBe('BAD_USER_INPUT');
      expect(await bad({ actions: ['PEEK'] })).toBe('BAD_USER_INPUT');
      expect(await bad({ from: 'yesterday' })).toBe('BAD_USER_INPUT');
      expect(await bad({ from: new Date().toISOString(), to: startedAt })).toBe('BAD_USER_INPUT');
      expect(await bad({ entityType: 'x'.repeat(101) })).toBe('BAD_USER_INPUT');
      expect(codeOf(await as('auditor')(EVENTS, { after: 'bm90IGEgY3Vyc29y' }))).toBe('BAD_USER_INPUT');
      // An id never seen in the agency matches nothing.
      expect((await events({ clientId: randomUUID() })).nodes).toEqual([]);
    });

    it('is for admins and auditors, and each reading is itself recorded', async () => {
      for (const who of ['caseManager', 'supervisor', 'intake'] as const) expect(codeOf(await as(who)(EVENTS, {}))).toBe('FORBIDDEN');
      const actorId = world.people.admin.id;
      await events({ clientId: other, actions: ['READ', 'CREATE'] }, 5, 'admin');
      const [row] = await t.db.query(`SELECT action, entity_type, client_id, changes FROM audit_event WHERE actor_id = $1 AND entity_type = 'AuditTrail' ORDER BY id DESC LIMIT 1`, [
        actorId,
      ]);
      expect(row).toMatchObject({ action: 'READ', client_id: other, changes: { 'filter.clientId': { to: other }, 'filter.actions': { to: ['READ', 'CREATE'] } } });
    });
  });

  describe('severity', () => {
    it('rates break-the-glass, token reuse, lockout, exports and deletions high', () => {
      for (const action of ['BREAK_GLASS', 'TOKEN_REUSE', 'LOCKOUT', 'EXPORT', 'DELETE']) expect(auditSeverity(action)).toBe('HIGH');
      for (const action of ['READ', 'CREATE', 'UPDATE', 'LOGIN', 'VERIFY']) expect(auditSeverity(action)).toBe('NORMAL');
    });

    it('filters to high severity events only', async () => {
      await ok(as('auditor')(EXPORT, { filter: { clientId: other } }));
      const { nodes } = await events({ highSeverityOnly: true });
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((node) => node.severity === 'HIGH')).toBe(true);
      const normal = await events({ actions: ['READ'] }, 1);
      expect(normal.nodes[0].severity).toBe('NORMAL');
    });
  });

  describe('who has looked at a client', () => {
    it('lists each user with their views, first and last time and reasons', async () => {
      const viewers: { actorId: string; actorName: string; views: number; firstViewedAt: string; lastViewedAt: string; emergency: boolean; reasons: string[] }[] =
        await ok(as('auditor')(VIEWERS, { clientId: mine }));
      const byId = new Map(viewers.map((viewer) => [viewer.actorId, viewer]));
      expect(byId.get(world.people.caseManager.id)).toMatchObject({ actorName: await nameOf('caseManager'), views: 2, emergency: false, reasons: [] });
      expect(byId.get(world.people.supervisor.id)).toMatchObject({ views: 1, emergency: false });
      const caseManager = byId.get(world.people.caseManager.id);
      expect(caseManager && caseManager.firstViewedAt < caseManager.lastViewedAt).toBe(true);
      // Reading the trail about the client is not reading the client.
      expect(byId.has(world.people.auditor.id)).toBe(false);
      expect(viewers.map((viewer) => viewer.lastViewedAt)).toEqual(viewers.map((viewer) => viewer.lastViewedAt).sort().reverse());
    });

    it("is recorded, and shows nothing of another agency's client", async () => {
      expect(await ok(as('stranger')(VIEWERS, { clientId: mine }))).toEqual([]);
      const [row] = await t.db.query(`SELECT action, entity_type, client_id FROM audit_event WHERE actor_id = $1 AND changes ? 'viewers' ORDER BY id DESC LIMIT 1`, [
        world.people.auditor.id,
      ]);
      expect(row).toEqual({ action: 'READ', entity_type: 'AuditTrail', client_id: mine });
      expect(codeOf(await as('caseManager')(VIEWERS, { clientId: mine }))).toBe('FORBIDDEN');
      expect(codeOf(await as('auditor')(VIEWERS, { clientId: 'nope' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('export', () => {
    it('writes the filtered events as CSV and records the export', async () => {
      const filter = { clientId: mine, actorId: world.people.caseManager.id, actions: ['READ'] };
      const exported = await ok(as('auditor')(EXPORT, { filter }));
      const lines = exported.csv.trim().split('\r\n');
      expect(lines[0]).toBe(
        'id,occurred_at,severity,action,actor_type,actor_id,actor_name,client_id,client_number,client_name,entity_type,entity_id,reason,changes,request_id,ip',
      );
      expect(exported.rowCount).toBe(lines.length - 1);
      const listed = (await events(filter)).nodes;
      expect(exported.rowCount).toBe(listed.length);
      const { clientNumber, displayName } = listed[0].client ?? {};
      const named = `,NORMAL,READ,USER,${world.people.caseManager.id},${await nameOf('caseManager')},${mine},${clientNumber},${displayName},`;
      for (const line of lines.slice(1)) expect(line).toContain(named);
      expect(exported.filename).toMatch(/^audit-trail-.*\.csv$/);
      const [row] = await t.db.query(`SELECT action, client_id, changes FROM audit_event WHERE actor_id = $1 AND action = 'EXPORT' ORDER BY id DESC LIMIT 1`, [
        world.people.auditor.id,
      ]);
      expect(row).toMatchObject({ action: 'EXPORT', client_id: mine, changes: { rows: { to: exported.rowCount }, format: { to: 'csv' }, 'filter.actions': { to: ['READ'] } } });
      const exports = await events({ actions: ['EXPORT'], actorId: world.people.auditor.id });
      expect(exports.nodes[0]).toMatchObject({ action: 'EXPORT', severity: 'HIGH' });
    });

    it('writes a cell a spreadsheet would run as text', async () => {
      const reason = '=HYPERLINK("http://example.test")';
      await ok(as('otherCaseManager')(BREAK_GLASS, { input: { clientId: other, reason } }));
      const { csv } = await ok(as('auditor')(EXPORT, { filter: { clientId: other, actions: ['BREAK_GLASS'] } }));
      expect(csv).toContain(`"'=HYPERLINK(""http://example.test"")"`);
    });

    it('refuses more than the cap with a clear error, recording nothing', async () => {
      const flooded = randomUUID();
      await t.db.query(
        `INSERT INTO audit_event (agency_id, actor_type, action, client_id) SELECT $1, 'SYSTEM', 'READ', $2 FROM generate_series(1, 10001)`,
        [world.agency.id, flooded],
      );
      const res = await as('auditor')(EXPORT, { filter: { clientId: flooded } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain('10000');
      expect(await t.db.query(`SELECT 1 FROM audit_event WHERE client_id = $1 AND action = 'EXPORT'`, [flooded])).toEqual([]);
    });

    it('is for admins and auditors', async () => {
      expect(codeOf(await as('supervisor')(EXPORT, {}))).toBe('FORBIDDEN');
      expect(codeOf(await as('auditor')(EXPORT, { filter: { to: startedAt, from: new Date().toISOString() } }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('break-the-glass', () => {
    const refusal = async (who: Who, id: string) => {
      const res = await as(who)(GET, { id });
      return [codeOf(res), res.errors?.[0].extensions.reason];
    };
    const grantsOf = (userId: string) => t.db.query(`SELECT id, client_id, reason, emergency FROM client_access_grant WHERE user_id = $1 ORDER BY granted_at`, [userId]);

    it('opens a client off the caseload to read, for a limited time, recorded, with a review for the supervisors', async () => {
      const client = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
      expect(await refusal('caseManager', client)).toEqual(['FORBIDDEN', 'EMERGENCY_ACCESS_AVAILABLE']);

      const reason = 'Client in crisis at the shelter; on-call needs the crisis plan';
      const before = Date.now();
      const access = await ok(as('caseManager')(BREAK_GLASS, { input: { clientId: client, reason: `  ${reason} ` } }));
      const minutes = (Date.parse(access.expiresAt) - before) / 60_000;
      expect(minutes).toBeGreaterThan(59);
      expect(minutes).toBeLessThanOrEqual(60.1);

      expect(await grantsOf(world.people.caseManager.id)).toEqual([{ id: access.id, client_id: client, reason, emergency: true }]);
      const audit = await t.db.query(`SELECT actor_id, entity_type, entity_id, reason FROM audit_event WHERE client_id = $1 AND action = 'BREAK_GLASS'`, [client]);
      expect(audit).toEqual([{ actor_id: world.people.caseManager.id, entity_type: 'ClientAccessGrant', entity_id: access.id, reason }]);

      const opened = await ok(as('caseManager')(GET, { id: client }));
      expect(opened.emergencyAccessUntil).toBe(access.expiresAt);
      // Emergency access reads; the case team changes the record.
      expect(codeOf(await as('caseManager')(UPDATE, { input: { clientId: client, version: 2, gender: 'Female' } }))).toBe('FORBIDDEN');

      const queue: { node: { id: string; version: number; subjectId: string; details: string } }[] = (await ok(as('supervisor')(QUEUE, { clientId: client }))).edges;
      const review = queue.map((edge) => edge.node).find((task) => task.subjectId === access.id);
      expect(review).toMatchObject({ kind: 'EMERGENCY_ACCESS_REVIEW', subjectType: 'ACCESS_GRANT', assignee: null, client: { id: client } });
      // Who and why only: no English words or machine times for the SPA to show as they are.
      expect(review?.details).toBe(`${await nameOf('caseManager')}: ${reason}`);
      expect(await ok(as('supervisor')(COMPLETE, { input: { taskId: review?.id, version: review?.version, note: 'Spoke with them; justified.' } }))).toMatchObject({ status: 'DONE' });

      // Expired, the record is refused again.
      await t.db.query(`UPDATE client_access_grant SET expires_at = now() - interval '1 minute' WHERE id = $1`, [access.id]);
      expect(await refusal('caseManager', client)).toEqual(['FORBIDDEN', 'EMERGENCY_ACCESS_AVAILABLE']);
    });

    it('opens a record past intake to intake staff the same way', async () => {
      const client = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
      expect(await refusal('intake', client)).toEqual(['FORBIDDEN', 'EMERGENCY_ACCESS_AVAILABLE']);
      const access = await ok(as('intake')(BREAK_GLASS, { input: { clientId: client, reason: 'Caller says the client is in danger' } }));
      expect((await ok(as('intake')(GET, { id: client }))).id).toBe(client);
      // The read passed only through the emergency grant: it says so, and rates high.
      const [read] = (await events({ clientId: client, actions: ['READ'], actorId: world.people.intake.id, highSeverityOnly: true })).nodes;
      expect(read).toMatchObject({ severity: 'HIGH', reason: 'Caller says the client is in danger', changes: { emergencyGrantId: { to: access.id } } });
      const viewers = await ok(as('admin')(VIEWERS, { clientId: client }));
      expect(viewers.find((viewer: { actorId: string }) => viewer.actorId === world.people.intake.id)).toMatchObject({
        views: 1,
        emergency: true,
        reasons: ['Caller says the client is in danger'],
      });
    });

    it('grants once when the same user breaks the glass twice at the same moment', async () => {
      const client = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
      const both = await Promise.all(
        [1, 2].map(() => as('otherCaseManager')(BREAK_GLASS, { input: { clientId: client, reason: 'Two clicks on the same emergency' } })),
      );
      expect(both.map(codeOf).sort()).toEqual(['BAD_USER_INPUT', undefined].sort());
      expect(await t.db.query(`SELECT 1 FROM client_access_grant WHERE client_id = $1`, [client])).toHaveLength(1);
      expect(await t.db.query(`SELECT 1 FROM audit_event WHERE client_id = $1 AND action = 'BREAK_GLASS'`, [client])).toHaveLength(1);
      expect(await t.db.query(`SELECT 1 FROM task WHERE client_id = $1 AND kind = 'EMERGENCY_ACCESS_REVIEW'`, [client])).toHaveLength(1);
    });

    it('sends a case manager to the reason flow where the agency lets them open any client with a reason', async () => {
      const client = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
      const setOpenAny = async (open: boolean) => {
        const { version } = await ok(as('admin')(SETTINGS));
        await ok(as('admin')(UPDATE_SETTINGS, { input: { version, caseManagersOpenAnyClient: open } }));
      };
      await setOpenAny(true);
      try {
        expect(await refusal('otherCaseManager', client)).toEqual(['FORBIDDEN', 'ACCESS_REASON_REQUIRED']);
        expect(codeOf(await as('otherCaseManager')(BREAK_GLASS, { input: { clientId: client, reason: 'An emergency' } }))).toBe('BAD_USER_INPUT');
        expect(await t.db.query(`SELECT 1 FROM client_access_grant WHERE client_id = $1`, [client])).toEqual([]);
        // Intake staff have no reason flow: the glass stays theirs.
        await ok(as('intake')(BREAK_GLASS, { input: { clientId: client, reason: 'Caller says the client is in danger' } }));
      } finally {
        await setOpenAny(false);
      }
    });

    it('refuses without a reason, with one too long, for another agency, and to whoever already has access', async () => {
      const client = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
      const tryIt = async (who: Who, clientId: string, reason: string) => codeOf(await as(who)(BREAK_GLASS, { input: { clientId, reason } }));
      expect(await tryIt('otherCaseManager', client, '   ')).toBe('BAD_USER_INPUT');
      expect(await tryIt('otherCaseManager', client, 'x'.repeat(BREAK_GLASS_REASON_MAX_LENGTH + 1))).toBe('BAD_USER_INPUT');
      expect(await tryIt('otherCaseManager', strangerClient, 'An emergency')).toBe('NOT_FOUND');
      expect(await tryIt('otherCaseManager', randomUUID(), 'An emergency')).toBe('NOT_FOUND');
      expect(await tryIt('otherCaseManager', 'nope', 'An emergency')).toBe('BAD_USER_INPUT');
      expect(await tryIt('caseManager', mine, 'An emergency')).toBe('BAD_USER_INPUT');
      for (const who of ['supervisor', 'auditor', 'admin'] as const) expect(await tryIt(who, client, 'An emergency')).toBe('FORBIDDEN');
      const grants = await t.db.query(`SELECT 1 FROM client_access_grant WHERE client_id IN ($1, $2)`, [client, mine]);
      expect(grants).toEqual([]);
      expect(await t.db.query(`SELECT 1 FROM audit_event WHERE client_id = $1 AND action = 'BREAK_GLASS'`, [client])).toEqual([]);
      expect(await refusal('otherCaseManager', client)).toEqual(['FORBIDDEN', 'EMERGENCY_ACCESS_AVAILABLE']);
    });
  });
});
