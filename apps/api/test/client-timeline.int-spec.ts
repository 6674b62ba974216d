import { TimelineService } from '@waymark/api/client';
import { RequestContext } from '@waymark/api/common';
import { ActorType } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { assignCaseManager, insertClient } from './support/client-rows';
import { codeOf, newAgency, newUser, signIn, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const TIMELINE = `query ($clientId: ID!, $first: Int, $after: String, $kinds: [TimelineKind!]) {
  clientTimeline(clientId: $clientId, first: $first, after: $after, kinds: $kinds) {
    pageInfo { hasNextPage endCursor } edges { cursor node { id occurredAt kind summary sourceType sourceId actor { id displayName } } }
  }
}`;
const CREATE_NOTE = `mutation ($input: CreateCaseNoteInput!) { createCaseNote(input: $input) { id version } }`;
const SIGN_NOTE = `mutation ($input: CaseNoteVersionInput!) { signCaseNote(input: $input) { id } }`;
const REPORT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id version } }`;
const REVIEW = `mutation ($input: ReviewIncidentInput!) { reviewIncident(input: $input) { id } }`;

const DAY = 24 * 3600_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

type Who = 'caseManager' | 'supervisor' | 'auditor' | 'outsider' | 'stranger';
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
  const tokens = {} as Record<Who, string>;
  const ids = {} as Record<Who, string>;

  beforeAll(async () => {
    t = await startTestApp();
    agency = await newAgency(t);
    const users = {
      caseManager: await newUser(t, agency, 'CASE_MANAGER'),
      supervisor: await newUser(t, agency, 'SUPERVISOR'),
      auditor: await newUser(t, agency, 'AUDITOR'),
      outsider: await newUser(t, agency, 'CASE_MANAGER'),
      stranger: await newUser(t, await newAgency(t), 'SUPERVISOR'),
    };
    for (const [who, user] of Object.entries(users)) {
      tokens[who as Who] = (await signIn(t, user)).accessToken;
      ids[who as Who] = user.id;
    }
  });
  afterAll(() => t.close());

  const as = (who: Who) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, { token: tokens[who] });
  const entries = async (who: Who, variables: Record<string, unknown>): Promise<Entry[]> => {
    const res = await as(who)(TIMELINE, { first: 50, ...variables });
    if (!res.data?.clientTimeline) throw new Error(JSON.stringify(res.errors));
    return res.data.clientTimeline.edges.map((e: { node: Entry }) => e.node);
  };
  const call = async (who: Who, query: string, input: Record<string, unknown>) => {
    const res = await as(who)(query, { input });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data)[0] as { id: string; version: number };
  };
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
    const clientId = await insertClient(t, agency.id);
    await assignCaseManager(t, agency.id, clientId, ids.caseManager);
    await statusEntry(clientId, daysAgo(5), 'Intake → Active');
    const olderNote = await signedNote('caseManager', clientId, daysAgo(4));
    await statusEntry(clientId, daysAgo(3), 'Active → On hold');
    const incident = await call('caseManager', REPORT, { clientId, incidentType: 'FALL', severity: 'HIGH', occurredAt: daysAgo(2), description: 'Fell.' });
    const newerNote = await signedNote('supervisor', clientId, daysAgo(1));
    await call('supervisor', REVIEW, { incidentId: incident.id, version: incident.version, reviewNote: 'Seen.' });
    const draft = await call('caseManager', CREATE_NOTE, { clientId, noteType: 'PHONE_CALL', occurredAt: daysAgo(0.5), narrative: 'Not yet signed' });

    const story = await entries('caseManager', { clientId });
    expect(story.map((e) => [e.kind, e.sourceId, e.actor?.id])).toEqual([
      ['INCIDENT', incident.id, ids.supervisor],
      ['NOTE', newerNote.id, ids.supervisor],
      ['INCIDENT', incident.id, ids.caseManager],
      ['STATUS_CHANGE', clientId, agency.admin.id],
      ['NOTE', olderNote.id, ids.caseManager],
      ['STATUS_CHANGE', clientId, agency.admin.id],
    ]);
    expect(story.map((e) => e.summary)).toEqual([
      'Fall reviewed by a supervisor',
      'Home visit note',
      'Fall reported (high severity)',
      'Active → On hold',
      // Signed four days after the visit, past the default three.
      'Home visit note (late entry)',
      'Intake → Active',
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
    for (let page = 0; page < 3; page++) {
      const res = (await as('caseManager')(TIMELINE, { clientId, first: 2, after })).data?.clientTimeline;
      paged.push(...res.edges.map((e: { node: Entry }) => e.node.id));
      expect(res.pageInfo.hasNextPage).toBe(page < 2);
      after = res.pageInfo.endCursor;
    }
    expect(paged).toEqual(story.map((e) => e.id));
  });

  it('pages through entries written within the same millisecond without skipping or repeating one', async () => {
    const clientId = await insertClient(t, agency.id);
    // Entries written by SQL (seeds, migrations) keep PostgreSQL's microseconds.
    await t.db.query(
      `INSERT INTO client_timeline_entry (agency_id, client_id, occurred_at, kind, source_type, source_id, summary)
       SELECT $1, $2, timestamptz '2026-01-05 10:00:00.123000+00' + make_interval(secs => n / 1000000.0), 'INTAKE', 'Client', $2, 'Entry ' || n
       FROM generate_series(1, 5) AS n`,
      [agency.id, clientId],
    );
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const res = (await as('supervisor')(TIMELINE, { clientId, first: 1, after })).data?.clientTimeline;
      seen.push(...res.edges.map((e: { node: Entry }) => e.node.summary));
      after = res.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Entry 5', 'Entry 4', 'Entry 3', 'Entry 2', 'Entry 1']);
  });

  it('opens to those who may read the client, and records one read of the timeline per request', async () => {
    const clientId = await insertClient(t, agency.id);
    await statusEntry(clientId, daysAgo(1), 'Intake → Active');
    expect(await entries('auditor', { clientId })).toHaveLength(1);
    const reads = await t.db.query(`SELECT entity_type, entity_id, client_id FROM audit_event WHERE action = 'READ' AND actor_id = $1 AND client_id = $2`, [
      ids.auditor,
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
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'READ' AND actor_id IN ($1, $2) AND client_id = $3`, [ids.outsider, ids.stranger, clientId])).toHaveLength(0);
  });
});
