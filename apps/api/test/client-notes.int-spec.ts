import { Client } from 'pg';
import { clientOnCaseload, daysAgo, newClient, ok, onCaseload, staffedAgency, type StaffedAgency, type Worker } from './support/client-fixtures';
import { codeOf, type TestAgency } from './support/factories';
import { type GqlResult, startTestApp, type TestApp } from './support/test-app';

const NOTE = `id version clientId enrollmentId noteType occurredAt durationMinutes place participants narrative status signedAt lateEntry
  author { id displayName } addenda { id text createdAt author { id } }`;
const CREATE = `mutation ($input: CreateCaseNoteInput!) { createCaseNote(input: $input) { ${NOTE} } }`;
const UPDATE = `mutation ($input: UpdateCaseNoteInput!) { updateCaseNote(input: $input) { ${NOTE} } }`;
const SIGN = `mutation ($input: CaseNoteVersionInput!) { signCaseNote(input: $input) { ${NOTE} } }`;
const DISCARD = `mutation ($input: CaseNoteVersionInput!) { discardCaseNoteDraft(input: $input) }`;
const ADDENDUM = `mutation ($input: AddCaseNoteAddendumInput!) { addCaseNoteAddendum(input: $input) { ${NOTE} } }`;
const GET = `query ($id: ID!) { caseNote(id: $id) { ${NOTE} } }`;
const LIST = `query ($clientId: ID!, $first: Int, $after: String, $types: [NoteType!], $authorId: ID, $from: DateTime, $to: DateTime) {
  caseNotes(clientId: $clientId, first: $first, after: $after, types: $types, authorId: $authorId, from: $from, to: $to) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NOTE} } }
  }
}`;
const DRAFTS = `query ($clientId: ID) { myDraftNotes(clientId: $clientId) { totalCount edges { node { id clientId status } } } }`;

const ROLES = {
  caseManager: 'CASE_MANAGER',
  otherCaseManager: 'CASE_MANAGER',
  supervisor: 'SUPERVISOR',
  auditor: 'AUDITOR',
  // A case manager of the agency whose caseload does not hold the client.
  outsider: 'CASE_MANAGER',
} as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

describe('case notes', () => {
  let t: TestApp;
  let agency: TestAgency;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let clientId: string;
  let people: Record<Who, Worker>;

  beforeAll(async () => {
    t = await startTestApp();
    ({ agency, people, as } = await staffedAgency(t, ROLES));
    clientId = await clientOnCaseload(t, people.admin.token, people.caseManager, people.otherCaseManager);
  });
  afterAll(() => t.close());

  const noteRow = async (id: string) => (await t.db.query(`SELECT * FROM case_note WHERE id = $1`, [id]))[0];
  const noteCount = async (client = clientId) => Number((await t.db.query(`SELECT count(*) FROM case_note WHERE client_id = $1`, [client]))[0].count);
  const auditRows = async (entityId: string) =>
    t.db.query(`SELECT action, actor_id, client_id, entity_type, changes FROM audit_event WHERE entity_id = $1 ORDER BY id`, [entityId]);
  const draft = (input: Record<string, unknown> = {}, who: Who = 'caseManager', client = clientId) =>
    ok(as(who)(CREATE, { input: { clientId: client, noteType: 'HOME_VISIT', occurredAt: daysAgo(0.1), narrative: 'Visited at home.', ...input } }));
  const signed = async (input: Record<string, unknown> = {}, who: Who = 'caseManager', client = clientId) => {
    const note = await draft(input, who, client);
    return ok(as(who)(SIGN, { input: { noteId: note.id, version: note.version } }));
  };

  it('takes a draft through edits and signing; a signed note refuses edits and takes addenda', async () => {
    const created = await draft({ noteType: 'PHONE_CALL', durationMinutes: 15, place: ' By phone ', participants: 'Client, mother', narrative: 'Called ' });
    expect(created).toMatchObject({
      clientId,
      status: 'DRAFT',
      noteType: 'PHONE_CALL',
      place: 'By phone',
      narrative: 'Called ',
      signedAt: null,
      lateEntry: false,
      version: 1,
      author: { id: people.caseManager.id },
      addenda: [],
    });

    const edited = (await as('caseManager')(UPDATE, { input: { noteId: created.id, version: 1, narrative: 'Called the client about the move.', place: null } })).data
      ?.updateCaseNote;
    expect(edited).toMatchObject({ version: 2, narrative: 'Called the client about the move.', place: null, durationMinutes: 15 });

    const signedNote = (await as('caseManager')(SIGN, { input: { noteId: created.id, version: 2 } })).data?.signCaseNote;
    expect(signedNote).toMatchObject({ status: 'SIGNED', version: 3, lateEntry: false });
    expect(Date.now() - Date.parse(signedNote.signedAt)).toBeLessThan(60_000);

    const before = await noteRow(created.id);
    const refused = await as('caseManager')(UPDATE, { input: { noteId: created.id, version: 3, narrative: 'Rewritten history' } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions.reason).toBe('LOCKED_RECORD');
    for (const mutation of [SIGN, DISCARD]) {
      const res = await as('caseManager')(mutation, { input: { noteId: created.id, version: 3 } });
      expect([codeOf(res), res.errors?.[0].extensions.reason]).toEqual(['BAD_USER_INPUT', 'LOCKED_RECORD']);
    }
    expect(await noteRow(created.id)).toEqual(before);

    // Any worker who may write to the client corrects a signed note with an addendum.
    const corrected = (await as('otherCaseManager')(ADDENDUM, { input: { noteId: created.id, text: '  The call was on Tuesday, not Monday. ' } })).data
      ?.addCaseNoteAddendum;
    expect(corrected.addenda).toEqual([expect.objectContaining({ text: 'The call was on Tuesday, not Monday.', author: { id: people.otherCaseManager.id } })]);
    expect(corrected.narrative).toBe('Called the client about the move.');
    const reread = (await as('supervisor')(GET, { id: created.id })).data?.caseNote;
    expect(reread.addenda.map((a: { text: string }) => a.text)).toEqual(['The call was on Tuesday, not Monday.']);

    const audit = await auditRows(created.id);
    expect(audit.filter((row: { action: string }) => row.action !== 'READ')).toEqual([
      expect.objectContaining({ action: 'CREATE', actor_id: people.caseManager.id, client_id: clientId, entity_type: 'CaseNote' }),
      expect.objectContaining({
        action: 'UPDATE',
        changes: { place: { from: 'By phone', to: null }, narrativeLength: { from: 7, to: 33 } },
      }),
      expect.objectContaining({ action: 'UPDATE', changes: expect.objectContaining({ status: { from: 'DRAFT', to: 'SIGNED' }, lateEntry: { to: false } }) }),
    ]);
    expect(audit.at(-1)).toMatchObject({ action: 'READ', actor_id: people.supervisor.id, client_id: clientId });
    const [addendumAudit] = await t.db.query(`SELECT action, actor_id, client_id, changes FROM audit_event WHERE entity_type = 'CaseNoteAddendum' AND changes->'noteId'->>'to' = $1`, [
      created.id,
    ]);
    expect(addendumAudit).toMatchObject({ action: 'CREATE', actor_id: people.otherCaseManager.id, client_id: clientId });
  });

  it("keeps a draft its author's alone: others can neither see nor change it", async () => {
    const mine = await draft({ narrative: 'Half-written' });
    for (const who of ['otherCaseManager', 'supervisor'] as const) {
      expect(codeOf(await as(who)(GET, { id: mine.id }))).toBe('NOT_FOUND');
      expect(codeOf(await as(who)(UPDATE, { input: { noteId: mine.id, version: 1, narrative: 'Not yours' } }))).toBe('NOT_FOUND');
      expect(codeOf(await as(who)(SIGN, { input: { noteId: mine.id, version: 1 } }))).toBe('NOT_FOUND');
      expect(codeOf(await as(who)(DISCARD, { input: { noteId: mine.id, version: 1 } }))).toBe('NOT_FOUND');
      expect(codeOf(await as(who)(ADDENDUM, { input: { noteId: mine.id, text: 'Not yours' } }))).toBe('NOT_FOUND');
      const listed = (await as(who)(LIST, { clientId, first: 100 })).data?.caseNotes.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(listed).not.toContain(mine.id);
    }
    expect(await noteRow(mine.id)).toMatchObject({ narrative: 'Half-written', version: 1, status: 'DRAFT' });
    expect((await as('caseManager')(LIST, { clientId, first: 100 })).data?.caseNotes.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(mine.id);

    // The composer finds the author's drafts again after a reload or a new sign-in.
    const drafts = (await as('caseManager')(DRAFTS, { clientId })).data?.myDraftNotes;
    expect(drafts.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(mine.id);
    expect(drafts.edges.every((e: { node: { status: string } }) => e.node.status === 'DRAFT')).toBe(true);
    expect((await as('caseManager')(DRAFTS, {})).data?.myDraftNotes.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(mine.id);
    expect((await as('otherCaseManager')(DRAFTS, {})).data?.myDraftNotes.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(mine.id);

    // Drafts are not part of the client's story.
    expect(await t.db.query(`SELECT 1 FROM client_timeline_entry WHERE source_id = $1`, [mine.id])).toHaveLength(0);

    expect(await as('caseManager')(DISCARD, { input: { noteId: mine.id, version: 1 } })).toMatchObject({ data: { discardCaseNoteDraft: true } });
    expect(await noteRow(mine.id)).toBeUndefined();
    expect((await auditRows(mine.id)).at(-1)).toMatchObject({ action: 'DELETE', actor_id: people.caseManager.id, client_id: clientId });
  });

  it('marks a note signed more than the agency allows after the contact as a late entry', async () => {
    await t.db.query(
      `INSERT INTO client_settings (agency_id, late_entry_days) VALUES ($1, 2) ON CONFLICT (agency_id) DO UPDATE SET late_entry_days = 2`,
      [agency.id],
    );
    const onTime = await signed({ occurredAt: daysAgo(1.9) });
    const late = await signed({ occurredAt: daysAgo(2.1) });
    expect([onTime.lateEntry, late.lateEntry]).toEqual([false, true]);
    const [entry] = await t.db.query(`SELECT kind, summary, occurred_at FROM client_timeline_entry WHERE source_id = $1`, [late.id]);
    expect(entry).toMatchObject({ kind: 'NOTE', summary: 'Home visit note (late entry)' });
    expect(entry.occurred_at.toISOString()).toBe(late.occurredAt);
    await t.db.query(`DELETE FROM client_settings WHERE agency_id = $1`, [agency.id]);
  });

  it('lists notes newest first, filtered by type, author and date, a page at a time', async () => {
    const client = await newClient(t, people.admin.token, { status: 'ACTIVE', legalFirstName: 'Lena', legalLastName: 'Ortiz' });
    await onCaseload(t, people.admin.token, client, people.caseManager.id);
    await onCaseload(t, people.admin.token, client, people.otherCaseManager.id);
    const notes = [
      await signed({ noteType: 'HOME_VISIT', occurredAt: daysAgo(1) }, 'caseManager', client),
      await signed({ noteType: 'PHONE_CALL', occurredAt: daysAgo(2) }, 'caseManager', client),
      await signed({ noteType: 'HOME_VISIT', occurredAt: daysAgo(3) }, 'otherCaseManager', client),
      await signed({ noteType: 'TRANSPORT', occurredAt: daysAgo(4) }, 'caseManager', client),
      await signed({ noteType: 'CRISIS_INTERVENTION', occurredAt: daysAgo(5) }, 'otherCaseManager', client),
    ];
    const idsOf = (res: GqlResult) => res.data?.caseNotes.edges.map((e: { node: { id: string } }) => e.node.id);
    const list = (variables: Record<string, unknown>) => as('supervisor')(LIST, { clientId: client, first: 10, ...variables });

    expect(idsOf(await list({}))).toEqual(notes.map((n) => n.id));
    expect(idsOf(await list({ types: ['HOME_VISIT'] }))).toEqual([notes[0].id, notes[2].id]);
    expect(idsOf(await list({ authorId: people.otherCaseManager.id }))).toEqual([notes[2].id, notes[4].id]);
    expect(idsOf(await list({ from: daysAgo(3.5), to: daysAgo(1.5) }))).toEqual([notes[1].id, notes[2].id]);
    expect(idsOf(await list({ types: ['HOME_VISIT', 'TRANSPORT'], authorId: people.caseManager.id, from: daysAgo(10) }))).toEqual([notes[0].id, notes[3].id]);

    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 3; page++) {
      const res = (await list({ first: 2, after })).data?.caseNotes;
      expect(res.totalCount).toBe(5);
      seen.push(...res.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(res.pageInfo.hasNextPage).toBe(page < 2);
      after = res.pageInfo.endCursor;
    }
    expect(seen).toEqual(notes.map((n) => n.id));
    expect(codeOf(await list({ after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await list({ after: Buffer.from(JSON.stringify(['2026-01-01', 'x'])).toString('base64url') }))).toBe('BAD_USER_INPUT');
  });

  it('reads a page of notes with their authors and addenda in the same number of queries, whatever its size', async () => {
    const client = await newClient(t, people.admin.token, { status: 'ACTIVE', legalFirstName: 'Ana', legalLastName: 'Paredes' });
    await onCaseload(t, people.admin.token, client, people.caseManager.id);
    for (let i = 0; i < 6; i++) {
      const note = await signed({ occurredAt: daysAgo(i + 1) }, 'supervisor', client);
      await as(i % 2 ? 'supervisor' : 'caseManager')(ADDENDUM, { input: { noteId: note.id, text: `Correction ${i}` } });
    }
    const queriesFor = async (first: number) => {
      const spy = jest.spyOn(Client.prototype, 'query');
      const res = await as('supervisor')(LIST, { clientId: client, first });
      const count = spy.mock.calls.length;
      spy.mockRestore();
      expect(res.data?.caseNotes.edges).toHaveLength(first);
      expect(res.data?.caseNotes.edges.every((e: { node: { author: unknown; addenda: unknown[] } }) => e.node.author && e.node.addenda.length === 1)).toBe(true);
      return count;
    };
    const onePage = await queriesFor(1);
    expect(onePage).toBeGreaterThan(0);
    expect(await queriesFor(6)).toBe(onePage);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const count = await noteCount();
    const base = { clientId, noteType: 'HOME_VISIT', occurredAt: daysAgo(1), narrative: 'ok' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, narrative: 'x'.repeat(20001) }, 'narrative'],
      [{ ...base, occurredAt: daysAgo(-1) }, 'occurredAt'],
      [{ ...base, durationMinutes: 1441 }, 'durationMinutes'],
      [{ ...base, place: 'p'.repeat(201) }, 'place'],
      [{ ...base, clientId: 'not-an-id' }, 'clientId'],
    ];
    for (const [input, field] of cases) {
      const res = await as('caseManager')(CREATE, { input });
      expect([field, codeOf(res)]).toEqual([field, 'BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field })]);
    }
    for (const occurredAt of ['yesterday', '2026-13-01T10:00:00Z']) {
      const res = await as('caseManager')(CREATE, { input: { ...base, occurredAt } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'occurredAt' })] });
    }
    expect(codeOf(await as('caseManager')(CREATE, { input: { ...base, noteType: 'GOSSIP' } }))).toBe('BAD_USER_INPUT');
    expect(await noteCount()).toBe(count);

    const note = await draft({ narrative: '   ' });
    const refusals: [Record<string, unknown>, string][] = [
      [{ noteType: null }, 'noteType'],
      [{ occurredAt: null }, 'occurredAt'],
      [{ narrative: 'x'.repeat(20001) }, 'narrative'],
      [{ occurredAt: daysAgo(-1) }, 'occurredAt'],
    ];
    for (const [patch, field] of refusals) {
      const res = await as('caseManager')(UPDATE, { input: { noteId: note.id, version: 1, ...patch } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field })] });
    }
    const emptySign = await as('caseManager')(SIGN, { input: { noteId: note.id, version: 1 } });
    expect(emptySign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'narrative', message: 'must not be empty' }] });
    expect(await noteRow(note.id)).toMatchObject({ version: 1, status: 'DRAFT', narrative: '   ' });

    const locked = await signed();
    const emptyAddendum = await as('caseManager')(ADDENDUM, { input: { noteId: locked.id, text: '  ' } });
    expect(emptyAddendum.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'text' })] });
    const onDraft = await as('caseManager')(ADDENDUM, { input: { noteId: note.id, text: 'Too early' } });
    expect(onDraft.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'noteId', message: 'is a draft' }] });
    expect(await t.db.query(`SELECT 1 FROM case_note_addendum WHERE note_id IN ($1, $2)`, [note.id, locked.id])).toHaveLength(0);
    expect(codeOf(await as('caseManager')(LIST, { clientId, from: 'last week' }))).toBe('BAD_USER_INPUT');
  });

  it('refuses a stale version with CONFLICT and keeps the newer change', async () => {
    const note = await draft({ narrative: 'First' });
    expect((await as('caseManager')(UPDATE, { input: { noteId: note.id, version: 1, narrative: 'Second' } })).data?.updateCaseNote.version).toBe(2);
    expect(codeOf(await as('caseManager')(UPDATE, { input: { noteId: note.id, version: 1, narrative: 'Stale' } }))).toBe('CONFLICT');
    expect(codeOf(await as('caseManager')(SIGN, { input: { noteId: note.id, version: 1 } }))).toBe('CONFLICT');
    expect(codeOf(await as('caseManager')(DISCARD, { input: { noteId: note.id, version: 1 } }))).toBe('CONFLICT');
    expect(await noteRow(note.id)).toMatchObject({ narrative: 'Second', version: 2, status: 'DRAFT' });
  });

  it("answers NOT_FOUND for another agency's notes and clients, and for another client's enrollment", async () => {
    const theirs = await signed({}, 'stranger', await newClient(t, people.stranger.token, { status: 'ACTIVE' }));
    const before = await noteRow(theirs.id);
    expect(codeOf(await as('supervisor')(GET, { id: theirs.id }))).toBe('NOT_FOUND');
    expect(codeOf(await as('supervisor')(LIST, { clientId: theirs.clientId }))).toBe('NOT_FOUND');
    expect(codeOf(await as('supervisor')(CREATE, { input: { clientId: theirs.clientId, noteType: 'OTHER', occurredAt: daysAgo(1) } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('supervisor')(ADDENDUM, { input: { noteId: theirs.id, text: 'Mine now' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('supervisor')(UPDATE, { input: { noteId: theirs.id, version: before.version, narrative: 'Mine now' } }))).toBe('NOT_FOUND');
    expect(await noteRow(theirs.id)).toEqual(before);
    expect(await t.db.query(`SELECT 1 FROM case_note_addendum WHERE note_id = $1`, [theirs.id])).toHaveLength(0);

    const [ownEnrollment] = await t.db.query(`SELECT id FROM enrollment WHERE client_id = $1 LIMIT 1`, [clientId]);
    const otherClient = await newClient(t, people.admin.token, { status: 'ACTIVE', legalFirstName: 'Otto', legalLastName: 'Other' });
    const otherEnrollment = { id: await onCaseload(t, people.admin.token, otherClient, people.caseManager.id) };
    const count = await noteCount();
    const wrong = await as('caseManager')(CREATE, { input: { clientId, noteType: 'OTHER', occurredAt: daysAgo(1), enrollmentId: otherEnrollment.id } });
    expect(codeOf(wrong)).toBe('NOT_FOUND');
    expect(await noteCount()).toBe(count);
    const right = await draft({ enrollmentId: ownEnrollment.id });
    expect(right.enrollmentId).toBe(ownEnrollment.id);
    const moved = await as('caseManager')(UPDATE, { input: { noteId: right.id, version: 1, enrollmentId: otherEnrollment.id } });
    expect(codeOf(moved)).toBe('NOT_FOUND');
    expect((await noteRow(right.id)).enrollment_id).toBe(ownEnrollment.id);
  });

  it('lets an auditor read notes but not write them, and keeps notes from case managers without the client', async () => {
    const note = await signed();
    expect((await as('auditor')(GET, { id: note.id })).data?.caseNote.id).toBe(note.id);
    expect((await as('auditor')(LIST, { clientId, first: 5 })).data?.caseNotes.totalCount).toBeGreaterThan(0);
    const count = await noteCount();
    expect(codeOf(await as('auditor')(CREATE, { input: { clientId, noteType: 'OTHER', occurredAt: daysAgo(1) } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('auditor')(ADDENDUM, { input: { noteId: note.id, text: 'Audit remark' } }))).toBe('FORBIDDEN');
    for (const attempt of [
      as('outsider')(GET, { id: note.id }),
      as('outsider')(LIST, { clientId }),
      as('outsider')(CREATE, { input: { clientId, noteType: 'OTHER', occurredAt: daysAgo(1) } }),
      as('outsider')(ADDENDUM, { input: { noteId: note.id, text: 'Drive-by' } }),
    ]) {
      expect(codeOf(await attempt)).toBe('FORBIDDEN');
    }
    expect(await noteCount()).toBe(count);
    expect(await t.db.query(`SELECT 1 FROM case_note_addendum WHERE note_id = $1`, [note.id])).toHaveLength(0);
  });

  it('records a read of each note listed, with its client', async () => {
    const client = await newClient(t, people.admin.token, { status: 'ACTIVE', legalFirstName: 'Rita', legalLastName: 'Reyes' });
    const notes = [await signed({ occurredAt: daysAgo(2) }, 'supervisor', client), await signed({ occurredAt: daysAgo(1) }, 'supervisor', client)];
    await as('auditor')(LIST, { clientId: client, first: 10 });
    const reads = await t.db.query(`SELECT entity_id, client_id FROM audit_event WHERE action = 'READ' AND entity_type = 'CaseNote' AND actor_id = $1 AND client_id = $2`, [
      people.auditor.id,
      client,
    ]);
    expect(reads.map((r: { entity_id: string }) => r.entity_id).sort()).toEqual(notes.map((n) => n.id).sort());
  });
});
