import { EventEmitter2 } from '@nestjs/event-emitter';
import { ClientEvent, type EnrollmentClosingEvent } from '@waymark/api/client';
import { auditRowsOf, daysAgo, daysFromToday, newClient, newProgram, ok, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { ASSIGN, CHANGE_ENROLLMENT_STATUS, CLOSE_ENROLLMENT, CREATE_NOTE, ENROLL, SIGN_NOTE } from './support/client-operations';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * What the client context tells the contexts above it: each event heard on the application's
 * own bus, as a care-plan listener hears it, and closures refused while work is left undone.
 */
describe('client records: domain events and what stands in the way of a closure', () => {
  let t: TestApp;
  let bus: EventEmitter2;
  let staffed: StaffedAgency<'supervisor' | 'caseManager' | 'otherCaseManager'>;
  let heard: { name: string; payload: unknown }[];
  const hear = (name: string | string[], ...values: unknown[]) => {
    heard.push({ name: String(name), payload: values[0] });
  };

  const as = (who: 'admin' | 'supervisor' | 'caseManager') => staffed.as(who);
  const enrollmentRow = async (id: string) => (await t.db.query(`SELECT status, version, closed_on FROM enrollment WHERE id = $1`, [id]))[0];
  const heardOf = (name: string) => heard.filter((event) => event.name === name).map((event) => event.payload);

  /** A client enrolled (PENDING) with the case manager as primary; ids and the enrollment's version. */
  async function enrolled(clientId?: string) {
    const client = clientId ?? (await newClient(t, staffed.people.admin.token, { status: 'ACTIVE' }));
    const programId = await newProgram(t, staffed.people.admin.token, {}, { name: `Day Services ${heard.length}` });
    const input = { clientId: client, programId, openedOn: daysFromToday(-30), primaryCaseManagerId: staffed.people.caseManager.id, reason: 'Referral' };
    const enrollment = await ok(as('admin')(ENROLL, { input }));
    return { clientId: client, programId, enrollmentId: enrollment.id as string, version: enrollment.version as number };
  }

  const draftNote = (clientId: string, enrollmentId: string | null) =>
    ok(as('caseManager')(CREATE_NOTE, { input: { clientId, enrollmentId, noteType: 'HOME_VISIT', occurredAt: daysAgo(2), narrative: 'Visited at home.' } }));

  beforeAll(async () => {
    t = await startTestApp();
    bus = t.app.get(EventEmitter2);
    bus.onAny(hear);
    staffed = await staffedAgency(t, { supervisor: 'SUPERVISOR', caseManager: 'CASE_MANAGER', otherCaseManager: 'CASE_MANAGER' });
  });
  beforeEach(() => {
    heard = [];
  });
  afterAll(async () => {
    bus.offAny(hear);
    await t.close();
  });

  it('tells of an enrollment opened, each status change and each new primary case manager, with the enrollment as it was and became', async () => {
    const { clientId, programId, enrollmentId, version } = await enrolled();
    expect(heardOf(ClientEvent.ENROLLMENT_OPENED)).toEqual([
      {
        enrollment: expect.objectContaining({
          id: enrollmentId,
          clientId,
          programId,
          programName: expect.stringContaining('Day Services'),
          status: 'PENDING',
          openedOn: daysFromToday(-30),
          closedOn: null,
          primaryCaseManagerId: staffed.people.caseManager.id,
          version,
        }),
      },
    ]);

    const active = await ok(as('caseManager')(CHANGE_ENROLLMENT_STATUS, { input: { enrollmentId, version, status: 'ACTIVE' } }));
    const reassigned = await ok(
      as('supervisor')(ASSIGN, { input: { enrollmentId, version: active.version, caseManagerId: staffed.people.otherCaseManager.id, reason: 'Caseload balance' } }),
    );
    expect(heardOf(ClientEvent.ENROLLMENT_CHANGED)).toEqual([
      { before: expect.objectContaining({ id: enrollmentId, status: 'PENDING', version }), after: expect.objectContaining({ status: 'ACTIVE', version: active.version }) },
      {
        before: expect.objectContaining({ primaryCaseManagerId: staffed.people.caseManager.id, version: active.version }),
        after: expect.objectContaining({ primaryCaseManagerId: staffed.people.otherCaseManager.id, status: 'ACTIVE', version: reassigned.version }),
      },
    ]);
  });

  it('tells of a note when it is written and again when it is signed', async () => {
    const { clientId, enrollmentId } = await enrolled();
    const note = await draftNote(clientId, enrollmentId);
    await ok(as('caseManager')(SIGN_NOTE, { input: { noteId: note.id, version: note.version } }));
    const expected = { id: note.id, clientId, enrollmentId, authorId: staffed.people.caseManager.id, noteType: 'HOME_VISIT', occurredAt: expect.any(Date) };
    expect(heardOf(ClientEvent.NOTE_RECORDED)).toEqual([{ note: { ...expected, signed: false } }, { note: { ...expected, signed: true } }]);
  });

  it("refuses to close over the enrollment's unsigned note, naming it and changing nothing; once signed, the enrollment closes", async () => {
    const { clientId, enrollmentId, version } = await enrolled();
    const note = await draftNote(clientId, enrollmentId);
    heard = [];
    const before = await enrollmentRow(enrollmentId);

    const refused = await as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId, version, closeReason: 'Goals met', closedOn: daysFromToday(0) } });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CLOSURE_BLOCKED',
      blockers: [{ kind: 'UNSIGNED_NOTE', id: note.id, description: expect.stringContaining('Home visit note') }],
    });
    expect(refused.errors?.[0].message).toMatch(new RegExp(`Home visit note of ${daysAgo(2).slice(0, 10)} by CASE_MANAGER \\w+ is not signed`));
    expect(await enrollmentRow(enrollmentId)).toEqual(before);
    expect((await auditRowsOf(t, enrollmentId)).map((row: { action: string }) => row.action)).toEqual(['CREATE']);
    expect(heardOf(ClientEvent.ENROLLMENT_CHANGED)).toEqual([]);
    expect(heardOf(ClientEvent.ENROLLMENT_CLOSING)).toEqual([{ enrollment: expect.objectContaining({ id: enrollmentId, status: 'PENDING' }), closedOn: daysFromToday(0) }]);

    await ok(as('caseManager')(SIGN_NOTE, { input: { noteId: note.id, version: note.version } }));
    const closed = await ok(as('caseManager')(CHANGE_ENROLLMENT_STATUS, { input: { enrollmentId, version, status: 'CLOSED', reason: 'Goals met', date: daysFromToday(0) } }));
    expect(closed).toMatchObject({ status: 'CLOSED', closedOn: daysFromToday(0) });
    expect(heardOf(ClientEvent.ENROLLMENT_CHANGED)).toEqual([
      { before: expect.objectContaining({ status: 'PENDING', closedOn: null }), after: expect.objectContaining({ status: 'CLOSED', closedOn: daysFromToday(0), closeReason: 'Goals met' }) },
    ]);
  });

  it('lets a note tied to no program stand in the way of the last open enrollment only', async () => {
    const first = await enrolled();
    const second = await enrolled(first.clientId);
    const note = await draftNote(first.clientId, null);

    const firstClosed = await ok(as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId: first.enrollmentId, version: first.version, closeReason: 'Moved on', closedOn: daysFromToday(0) } }));
    expect(firstClosed.status).toBe('CLOSED');
    const refused = await as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId: second.enrollmentId, version: second.version, closeReason: 'Moved on', closedOn: daysFromToday(0) } });
    expect(refused.errors?.[0].extensions).toMatchObject({ reason: 'CLOSURE_BLOCKED', blockers: [{ kind: 'UNSIGNED_NOTE', id: note.id }] });
    expect((await enrollmentRow(second.enrollmentId)).status).toBe('PENDING');
  });

  it("lists what each context above answers to the closing with the client context's own blockers, all at once", async () => {
    const { clientId, enrollmentId, version } = await enrolled();
    const note = await draftNote(clientId, enrollmentId);
    const referral = { kind: 'OPEN_REFERRAL', id: '00000000-0000-4000-8000-000000000001', description: 'Referral to Food Bank is still open' };
    const answer = ({ enrollment }: EnrollmentClosingEvent) => (enrollment.id === enrollmentId ? [referral] : []);
    bus.on(ClientEvent.ENROLLMENT_CLOSING, answer);
    try {
      const refused = await as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId, version, closeReason: 'Goals met', closedOn: daysFromToday(0) } });
      expect(refused.errors?.[0].extensions.blockers).toEqual([expect.objectContaining({ kind: 'UNSIGNED_NOTE', id: note.id }), referral]);
      expect(refused.errors?.[0].message).toContain('Referral to Food Bank is still open');
      expect((await enrollmentRow(enrollmentId)).status).toBe('PENDING');
    } finally {
      bus.off(ClientEvent.ENROLLMENT_CLOSING, answer);
    }
  });
});
