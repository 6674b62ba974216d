import { TimelineService } from '@waymark/api/client';
import { RequestContext } from '@waymark/api/common';
import { ActorType } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { daysAgo, newClient, ok, onCaseload, staffedAgency, type StaffedAgency, takeIn, type Worker } from './support/client-fixtures';
import { CREATE_NOTE, SIGN_NOTE } from './support/client-operations';
import { codeOf, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const TIMELINE = `query ($clientId: ID!, $first: Int, $after: String, $kinds: [TimelineKind!]) {
  clientTimeline(clientId: $clientId, first: $first, after: $after, kinds: $kinds) {
    pageInfo { hasNextPage endCursor } edges { cursor node { id occurredAt kind summary sourceType sourceId actor { id displayName } } }
  }
}`;
const REPORT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id version } }`;
const REVIEW = `mutation ($input: ReviewIncidentInput!) { reviewIncident(input: $input) { id } }`;

const ROLES = {
  caseManager: 'CASE_MANAGER',
  supervisor: 'SUPERVISOR',
  auditor: 'AUDITOR',
  outsider: 'CASE_MANAGER',
} as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';
interface Entry {
  id: string;
  occurredAt: string;
  kind: string;
  summary: string;
  sourceType: string;
  sourceId: string;
  actor: { id: string } | null;
}

describe("a client's timeline", () => {
  let t: TestApp;
  let agency: TestAgency;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let people: Record<Who, Worker>;

  beforeAll(async () => {
    t = await startTestApp();
    ({ agency, people, as } = await staffedAgency(t, ROLES));
  });
  afterAll(() => t.close());

  const entries = async (who: Who, variables: Record<string, unknown>): Promise<Entry[]> =>
    (await ok(as(who)(TIMELINE, { first: 50, ...variables }))).edges.map((e: { node: Entry }) => e.node);
  const call = (who: Who, query: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> => ok(as(who)(query, { input }));
  const signedNote = async (who: Who, clientId: string, occurredAt: string) => {
    const note = await call(who, CREATE_NOTE, { clientId, noteType: 'HOME_VISIT', occurredAt, narrative: 'Visited.' });
    return call(who, SIGN_NOTE, { noteId: note.id, version: note.version });
  };
  /** A status change as the person area records it: through TimelineService, as the admin who made it. */
  const statusEntry = (clientId: string, occurredAt: string, summary: string) =>
    t.app.get(ClsService).run(() => {
      t.app.get(RequestContext).setPrincipal({
        actorType: ActorType.USER,
        id: agency.admin.id,
        agencyId: agency.id,
        role: 'ADMIN',
        sessionId: agency.admin.id,
        mustChangePassword: false,
      });
      return t.app.get(TimelineService).add({ clientId, occurredAt: new Date(occurredAt), kind: 'STATUS_CHANGE', sourceType: 'ClientStatusChange', sourceId: clientId, summary });
    });

  it('interleaves notes, incidents and status changes, newest first, filtered by kind and a page at a time', async () => {
    const { id: clientId, clientNumber } = await takeIn(t, people.admin.token);
    const enrollmentId = await onCaseload(t, people.admin.token, clientId, people.caseManager.id);
    await statusEntry(clientId, daysAgo(5), 'Intake → Active');
    const olderNote = await signedNote('caseManager', clientId, daysAgo(4));
    await statusEntry(clientId, daysAgo(3), 'Active → On hold');
    const incident = await call('caseManager', REPORT, { clientId, incidentType: 'FALL', severity: 'HIGH', occurredAt: daysAgo(2), description: 'Fell.' });
    const newerNote = await signedNote('supervisor', clientId, daysAgo(1));
    await call('supervisor', REVIEW, { incidentId: incident.id, version: incident.version, reviewNote: 'Seen.' });
    const draft = await call('caseManager', CREATE_NOTE, { clientId, noteType: 'PHONE_CALL', occurredAt: daysAgo(0.5), narrative: 'Not yet signed' });

    const story = await entries('caseManager', { clientId });
    // Taken in and enrolled today: the enrollment and its assignment, written in one step, come in either order.
    const [reviewed, ...rest] = story.map((e) => [e.kind, e.sourceId, e.actor?.id, e.summary]);
    expect(rest.slice(0, 2)).toEqual(
      expect.arrayContaining([
        ['ENROLLMENT', enrollmentId, agency.admin.id, expect.stringMatching(/^Enrolled in Program /)],
        ['ASSIGNMENT', enrollmentId, agency.admin.id, expect.stringMatching(/: case assigned to CASE_MANAGER /)],
      ]),
    );
    expect([reviewed, ...rest.slice(2)]).toEqual([
      ['INCIDENT', incident.id, people.supervisor.id, 'Fall reviewed by a supervisor'],
      ['INTAKE', clientId, agency.admin.id, `Intake recorded as ${clientNumber}`],
      ['NOTE', newerNote.id, people.supervisor.id, 'Home visit note'],
      ['INCIDENT', incident.id, people.caseManager.id, 'Fall reported (high severity)'],
      ['STATUS_CHANGE', clientId, agency.admin.id, 'Active → On hold'],
      // Signed four days after the visit, past the default three.
      ['NOTE', olderNote.id, people.caseManager.id, 'Home visit note (late entry)'],
      ['STATUS_CHANGE', clientId, agency.admin.id, 'Intake → Active'],
    ]);
    expect(story.map((e) => e.sourceId)).not.toContain(draft.id);
    expect(story.find((e) => e.kind === 'NOTE')).toMatchObject({ sourceType: 'CaseNote' });

    expect((await entries('caseManager', { clientId, kinds: ['NOTE'] })).map((e) => e.sourceId)).toEqual([newerNote.id, olderNote.id]);
    expect((await entries('caseManager', { clientId, kinds: ['STATUS_CHANGE', 'INCIDENT'] })).map((e) => e.kind)).toEqual([
      'INCIDENT',
      'INCIDENT',
      'STATUS_CHANGE',
      'STATUS_CHANGE',
    ]);

    const paged: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const res = (await as('caseManager')(TIMELINE, { clientId, first: 2, after })).data?.clientTimeline;
      paged.push(...res.edges.map((e: { node: Entry }) => e.node.id));
      expect(res.pageInfo.hasNextPage).toBe(page < 4);
      after = res.pageInfo.endCursor;
    }
    expect(paged).toEqual(story.map((e) => e.id));
  });

  it('pages through entries written within the same millisecond without skipping or repeating one', async () => {
    const { id: clientId, clientNumber } = await takeIn(t, people.admin.token);
    // Entries written by SQL (seeds, migrations) keep PostgreSQL's microseconds.
    await t.db.query(
      `INSERT INTO client_timeline_entry (agency_id, client_id, occurred_at, kind, source_type, source_id, summary)
       SELECT $1, $2, timestamptz '2026-01-05 10:00:00.123000+00' + make_interval(secs => n / 1000000.0), 'INTAKE', 'Client', $2, 'Entry ' || n
       FROM generate_series(1, 5) AS n`,
      [agency.id, clientId],
    );
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 6; page++) {
      const res = (await as('supervisor')(TIMELINE, { clientId, first: 1, after })).data?.clientTimeline;
      seen.push(...res.edges.map((e: { node: Entry }) => e.node.summary));
      after = res.pageInfo.endCursor;
    }
    expect(seen).toEqual([`Intake recorded as ${clientNumber}`, 'Entry 5', 'Entry 4', 'Entry 3', 'Entry 2', 'Entry 1']);
  });

  it('opens to those who may read the client, and records one read of the timeline per request', async () => {
    const clientId = await newClient(t, people.admin.token);
    await statusEntry(clientId, daysAgo(1), 'Intake → Active');
    expect((await entries('auditor', { clientId })).map((e) => e.kind)).toEqual(['INTAKE', 'STATUS_CHANGE']);
    const reads = await t.db.query(`SELECT entity_type, entity_id, client_id FROM audit_event WHERE action = 'READ' AND actor_id = $1 AND client_id = $2`, [
      people.auditor.id,
      clientId,
    ]);
    expect(reads).toEqual([{ entity_type: 'ClientTimeline', entity_id: clientId, client_id: clientId }]);

    expect(codeOf(await as('outsider')(TIMELINE, { clientId }))).toBe('FORBIDDEN');
    expect(codeOf(await as('stranger')(TIMELINE, { clientId }))).toBe('NOT_FOUND');
    expect(codeOf(await as('supervisor')(TIMELINE, { clientId: 'not-an-id' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('supervisor')(TIMELINE, { clientId, kinds: ['GOSSIP'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('supervisor')(TIMELINE, { clientId, after: Buffer.from(JSON.stringify(['yesterday', clientId])).toString('base64url') }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'READ' AND actor_id IN ($1, $2) AND client_id = $3`, [people.outsider.id, people.stranger.id, clientId])).toHaveLength(0);
  });
});
