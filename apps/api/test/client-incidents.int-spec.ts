import { clientOnCaseload, hoursAgo, newClient, ok, staff, staffedAgency, type StaffedAgency, type Worker } from './support/client-fixtures';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const INCIDENT = `id version clientId incidentType severity occurredAt location description actionsTaken followUpDue status
  notifications { party name notifiedAt method recordedAt } reportedBy { id } reviewedBy { id } reviewedAt reviewNote`;
const REPORT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { ${INCIDENT} } }`;
const UPDATE = `mutation ($input: UpdateIncidentInput!) { updateIncident(input: $input) { ${INCIDENT} } }`;
const NOTIFY = `mutation ($input: AddIncidentNotificationInput!) { addIncidentNotification(input: $input) { ${INCIDENT} } }`;
const REVIEW = `mutation ($input: ReviewIncidentInput!) { reviewIncident(input: $input) { ${INCIDENT} } }`;
const LIST = `query ($clientId: ID!, $first: Int, $after: String) {
  clientIncidents(clientId: $clientId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${INCIDENT} } } }
}`;
const QUEUE = `query ($first: Int, $after: String) {
  incidentsAwaitingReview(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id severity occurredAt } } }
}`;

const ROLES = {
  caseManager: 'CASE_MANAGER',
  supervisor: 'SUPERVISOR',
  otherSupervisor: 'SUPERVISOR',
  auditor: 'AUDITOR',
  outsider: 'CASE_MANAGER',
} as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

describe('critical incidents', () => {
  let t: TestApp;
  let agency: TestAgency;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let clientId: string;
  let people: Record<Who, Worker>;

  beforeAll(async () => {
    t = await startTestApp();
    ({ agency, people, as } = await staffedAgency(t, ROLES));
    clientId = await clientOnCaseload(t, people.admin.token, people.caseManager);
  });
  afterAll(() => t.close());

  const incidentRow = async (id: string) => (await t.db.query(`SELECT * FROM incident WHERE id = $1`, [id]))[0];
  const incidentCount = async () => Number((await t.db.query(`SELECT count(*) FROM incident WHERE agency_id = $1`, [agency.id]))[0].count);
  const auditRows = async (entityId: string) =>
    t.db.query(`SELECT action, actor_id, client_id, changes FROM audit_event WHERE entity_type = 'Incident' AND entity_id = $1 ORDER BY id`, [entityId]);
  const report = (input: Record<string, unknown> = {}, who: Who = 'caseManager', client = clientId) =>
    ok(as(who)(REPORT, { input: { clientId: client, incidentType: 'FALL', severity: 'MODERATE', occurredAt: hoursAgo(2), description: 'Slipped in the bathroom.', ...input } }));

  it('takes a report through notifications to a supervisor’s sign-off, after which it is locked', async () => {
    const reported = await report({
      location: ' Client’s home ',
      actionsTaken: 'First aid; called the nurse.',
      followUpDue: '2030-01-15',
      notifications: [{ party: 'SUPERVISOR', name: 'On-call supervisor', notifiedAt: hoursAgo(1.5), method: 'PHONE' }],
    });
    expect(reported).toMatchObject({
      clientId,
      status: 'REPORTED',
      location: 'Client’s home',
      followUpDue: '2030-01-15',
      reportedBy: { id: people.caseManager.id },
      reviewedBy: null,
      notifications: [{ party: 'SUPERVISOR', name: 'On-call supervisor', method: 'PHONE' }],
    });

    const guardianToldAt = hoursAgo(1);
    const notified = (await as('caseManager')(NOTIFY, {
      input: { incidentId: reported.id, version: reported.version, party: 'GUARDIAN', notifiedAt: guardianToldAt, method: 'IN_PERSON' },
    })).data?.addIncidentNotification;
    expect(notified.notifications.map((n: { party: string }) => n.party)).toEqual(['SUPERVISOR', 'GUARDIAN']);
    expect(notified.notifications[1]).toMatchObject({ name: null, method: 'IN_PERSON', notifiedAt: guardianToldAt });

    const queue = (await as('supervisor')(QUEUE, { first: 50 })).data?.incidentsAwaitingReview;
    expect(queue.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(reported.id);

    const reviewed = (await as('supervisor')(REVIEW, { input: { incidentId: reported.id, version: notified.version, reviewNote: ' Handled well; follow up with PT. ' } }))
      .data?.reviewIncident;
    expect(reviewed).toMatchObject({ status: 'REVIEWED', reviewedBy: { id: people.supervisor.id }, reviewNote: 'Handled well; follow up with PT.' });
    expect(Date.now() - Date.parse(reviewed.reviewedAt)).toBeLessThan(60_000);

    const before = await incidentRow(reported.id);
    const again = await as('otherSupervisor')(REVIEW, { input: { incidentId: reported.id, version: reviewed.version, reviewNote: 'Again' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
    const edit = await as('caseManager')(UPDATE, { input: { incidentId: reported.id, version: reviewed.version, severity: 'LOW' } });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });
    expect(await incidentRow(reported.id)).toEqual(before);
    expect((await as('supervisor')(QUEUE, { first: 50 })).data?.incidentsAwaitingReview.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(reported.id);

    // A guardian reached later is still recorded after the review.
    const late = await as('caseManager')(NOTIFY, {
      input: { incidentId: reported.id, version: reviewed.version, party: 'STATE_HOTLINE', name: 'Case 2291', notifiedAt: hoursAgo(0.1), method: 'ONLINE_REPORT' },
    });
    expect(late.data?.addIncidentNotification.notifications).toHaveLength(3);

    const timeline = await t.db.query(`SELECT kind, summary, actor_id FROM client_timeline_entry WHERE source_id = $1 ORDER BY occurred_at`, [reported.id]);
    expect(timeline).toEqual([
      { kind: 'INCIDENT', summary: 'Fall reported (moderate severity)', actor_id: people.caseManager.id },
      { kind: 'INCIDENT', summary: 'Fall reviewed by a supervisor', actor_id: people.supervisor.id },
    ]);
    const audit = await auditRows(reported.id);
    expect(audit.filter((row: { action: string }) => row.action !== 'READ')).toEqual([
      expect.objectContaining({ action: 'CREATE', actor_id: people.caseManager.id, client_id: clientId, changes: expect.objectContaining({ incidentType: { to: 'FALL' }, notifications: { to: 1 } }) }),
      expect.objectContaining({ action: 'UPDATE', changes: expect.objectContaining({ notifications: { from: 1, to: 2 }, notifiedParty: { to: 'GUARDIAN' } }) }),
      expect.objectContaining({ action: 'UPDATE', actor_id: people.supervisor.id, changes: expect.objectContaining({ status: { from: 'REPORTED', to: 'REVIEWED' } }) }),
      expect.objectContaining({ action: 'UPDATE', changes: expect.objectContaining({ notifiedParty: { to: 'STATE_HOTLINE' } }) }),
    ]);
    expect(audit).toContainEqual(expect.objectContaining({ action: 'READ', actor_id: people.supervisor.id, client_id: clientId }));
  });

  it('edits a report while it awaits review, keeping its timeline line in step, and refuses a stale version', async () => {
    const reported = await report();
    const updated = (await as('caseManager')(UPDATE, {
      input: { incidentId: reported.id, version: 1, severity: 'HIGH', incidentType: 'INJURY', occurredAt: hoursAgo(3), location: null },
    })).data?.updateIncident;
    expect(updated).toMatchObject({ version: 2, severity: 'HIGH', incidentType: 'INJURY', description: 'Slipped in the bathroom.' });
    const [entry] = await t.db.query(`SELECT summary, occurred_at FROM client_timeline_entry WHERE source_id = $1`, [reported.id]);
    expect(entry.summary).toBe('Injury reported (high severity)');
    expect(entry.occurred_at.toISOString()).toBe(updated.occurredAt);
    expect((await auditRows(reported.id)).at(-1)).toMatchObject({
      action: 'UPDATE',
      changes: { severity: { from: 'MODERATE', to: 'HIGH' }, incidentType: { from: 'FALL', to: 'INJURY' }, occurredAt: { from: reported.occurredAt, to: updated.occurredAt } },
    });

    expect(codeOf(await as('caseManager')(UPDATE, { input: { incidentId: reported.id, version: 1, severity: 'LOW' } }))).toBe('CONFLICT');
    expect(codeOf(await as('caseManager')(NOTIFY, { input: { incidentId: reported.id, version: 1, party: 'GUARDIAN', notifiedAt: hoursAgo(1), method: 'PHONE' } }))).toBe('CONFLICT');
    expect(codeOf(await as('supervisor')(REVIEW, { input: { incidentId: reported.id, version: 1, reviewNote: 'ok' } }))).toBe('CONFLICT');
    expect(await incidentRow(reported.id)).toMatchObject({ severity: 'HIGH', version: 2, status: 'REPORTED', notifications: [] });
  });

  it('leaves review to supervisors and admins other than the reporter', async () => {
    const own = await report({}, 'supervisor');
    const self = await as('supervisor')(REVIEW, { input: { incidentId: own.id, version: 1, reviewNote: 'Fine by me' } });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'incidentId', message: 'reported by you' }] });
    for (const who of ['caseManager', 'auditor'] as const) {
      expect(codeOf(await as(who)(REVIEW, { input: { incidentId: own.id, version: 1, reviewNote: 'Me too' } }))).toBe('FORBIDDEN');
      expect(codeOf(await as(who)(QUEUE, {}))).toBe('FORBIDDEN');
    }
    expect(await incidentRow(own.id)).toMatchObject({ status: 'REPORTED', reviewed_by: null, version: 1 });
    const byAdmin = await as('admin')(REVIEW, { input: { incidentId: own.id, version: 1, reviewNote: 'Reviewed by the director' } });
    expect(byAdmin.data?.reviewIncident).toMatchObject({ status: 'REVIEWED', reviewedBy: { id: people.admin.id } });
  });

  it('queues reports for review with the most severe first, then the longest waiting, a page at a time', async () => {
    const fresh = await newAgency(t);
    const { supervisor, admin } = await staff(t, { supervisor: [fresh, 'SUPERVISOR'], admin: fresh.admin });
    const { token } = supervisor;
    const client = await newClient(t, admin.token, { status: 'ACTIVE' });
    const file = async (severity: string, hours: number) =>
      (await ok(t.gql(REPORT, { input: { clientId: client, incidentType: 'BEHAVIORAL', severity, occurredAt: hoursAgo(hours), description: 'd' } }, { token: admin.token }))).id as string;
    const low = await file('LOW', 10);
    const criticalNew = await file('CRITICAL', 1);
    const high = await file('HIGH', 5);
    const criticalOld = await file('CRITICAL', 8);
    const moderate = await file('MODERATE', 2);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 3; page++) {
      const res = (await t.gql(QUEUE, { first: 2, after }, { token })).data?.incidentsAwaitingReview;
      expect(res.totalCount).toBe(5);
      seen.push(...res.edges.map((e: { node: { id: string } }) => e.node.id));
      after = res.pageInfo.endCursor;
    }
    expect(seen).toEqual([criticalOld, criticalNew, high, moderate, low]);
    expect(codeOf(await t.gql(QUEUE, { first: 2, after: Buffer.from(JSON.stringify([9, 'x', 'y'])).toString('base64url') }, { token }))).toBe('BAD_USER_INPUT');
    const reads = await t.db.query(`SELECT count(*) FROM audit_event WHERE action = 'READ' AND entity_type = 'Incident' AND actor_id = $1`, [supervisor.id]);
    expect(Number(reads[0].count)).toBe(5);
  });

  it("lists a client's incidents, most recent first, a page at a time, with a read recorded for each", async () => {
    const client = await newClient(t, people.admin.token, { status: 'ACTIVE', legalFirstName: 'Luis', legalLastName: 'Mora' });
    const filed = [await report({ occurredAt: hoursAgo(1) }, 'supervisor', client), await report({ occurredAt: hoursAgo(5) }, 'supervisor', client), await report({ occurredAt: hoursAgo(3) }, 'supervisor', client)];
    const page1 = (await as('auditor')(LIST, { clientId: client, first: 2 })).data?.clientIncidents;
    const page2 = (await as('auditor')(LIST, { clientId: client, first: 2, after: page1.pageInfo.endCursor })).data?.clientIncidents;
    expect([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([filed[0].id, filed[2].id, filed[1].id]);
    expect([page1.totalCount, page1.pageInfo.hasNextPage, page2.pageInfo.hasNextPage]).toEqual([3, true, false]);
    const reads = await t.db.query(`SELECT entity_id FROM audit_event WHERE action = 'READ' AND entity_type = 'Incident' AND actor_id = $1 AND client_id = $2`, [people.auditor.id, client]);
    expect(reads).toHaveLength(3);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const count = await incidentCount();
    const base = { clientId, incidentType: 'FALL', severity: 'LOW', occurredAt: hoursAgo(1), description: 'd' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, occurredAt: hoursAgo(-24) }, 'occurredAt'],
      [{ ...base, occurredAt: 'last night' }, 'occurredAt'],
      [{ ...base, description: '   ' }, 'description'],
      [{ ...base, description: 'x'.repeat(20001) }, 'description'],
      [{ ...base, location: 'x'.repeat(201) }, 'location'],
      [{ ...base, followUpDue: '2030-02-30' }, 'followUpDue'],
      [{ ...base, followUpDue: '15/01/2030' }, 'followUpDue'],
      [{ ...base, notifications: [{ party: 'GUARDIAN', notifiedAt: hoursAgo(-1), method: 'PHONE' }] }, 'notifications.0.notifiedAt'],
      [{ ...base, notifications: [{ party: 'GUARDIAN', name: 'n'.repeat(101), notifiedAt: hoursAgo(1), method: 'PHONE' }] }, 'notifications.0.name'],
    ];
    for (const [input, field] of cases) {
      const res = await as('caseManager')(REPORT, { input });
      expect([field, res.errors?.[0].extensions.code]).toEqual([field, 'BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions.fields).toContainEqual(expect.objectContaining({ field }));
    }
    expect(codeOf(await as('caseManager')(REPORT, { input: { ...base, severity: 'APOCALYPTIC' } }))).toBe('BAD_USER_INPUT');
    expect(await incidentCount()).toBe(count);

    const reported = await report();
    for (const [patch, field] of [
      [{ description: null }, 'description'],
      [{ severity: null }, 'severity'],
      [{ occurredAt: hoursAgo(-24) }, 'occurredAt'],
    ] as const) {
      const res = await as('caseManager')(UPDATE, { input: { incidentId: reported.id, version: 1, ...patch } });
      expect([field, res.errors?.[0].extensions.code]).toEqual([field, 'BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions.fields).toContainEqual(expect.objectContaining({ field }));
    }
    const blankReview = await as('supervisor')(REVIEW, { input: { incidentId: reported.id, version: 1, reviewNote: ' ' } });
    expect(blankReview.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'reviewNote' })] });
    const futureNotice = await as('caseManager')(NOTIFY, {
      input: { incidentId: reported.id, version: 1, party: 'PHYSICIAN', notifiedAt: hoursAgo(-24), method: 'FAX' },
    });
    expect(futureNotice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'notifiedAt', message: 'is in the future' }] });
    expect(await incidentRow(reported.id)).toMatchObject({ version: 1, status: 'REPORTED', notifications: [], description: 'Slipped in the bathroom.' });
  });

  it("answers NOT_FOUND for another agency's incidents and clients, and keeps auditors and other case managers out of writing", async () => {
    const theirClient = await newClient(t, people.stranger.token, { status: 'ACTIVE' });
    const theirs = await report({}, 'stranger', theirClient);
    const before = await incidentRow(theirs.id);
    expect(codeOf(await as('supervisor')(LIST, { clientId: theirClient }))).toBe('NOT_FOUND');
    expect(codeOf(await as('supervisor')(UPDATE, { input: { incidentId: theirs.id, version: 1, severity: 'LOW' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('supervisor')(NOTIFY, { input: { incidentId: theirs.id, version: 1, party: 'OTHER', notifiedAt: hoursAgo(1), method: 'PHONE' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('supervisor')(REVIEW, { input: { incidentId: theirs.id, version: 1, reviewNote: 'Not ours' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('supervisor')(REPORT, { input: { clientId: theirClient, incidentType: 'FALL', severity: 'LOW', occurredAt: hoursAgo(1), description: 'd' } }))).toBe(
      'NOT_FOUND',
    );
    expect((await as('supervisor')(QUEUE, { first: 100 })).data?.incidentsAwaitingReview.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(theirs.id);
    expect(await incidentRow(theirs.id)).toEqual(before);

    const count = await incidentCount();
    const input = { clientId, incidentType: 'FALL', severity: 'LOW', occurredAt: hoursAgo(1), description: 'd' };
    expect(codeOf(await as('auditor')(REPORT, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await as('outsider')(REPORT, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await as('outsider')(LIST, { clientId }))).toBe('FORBIDDEN');
    expect((await as('auditor')(LIST, { clientId })).data?.clientIncidents.totalCount).toBeGreaterThan(0);
    expect(await incidentCount()).toBe(count);
  });
});
