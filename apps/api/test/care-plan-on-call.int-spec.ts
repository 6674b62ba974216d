import { randomUUID } from 'node:crypto';
import { deactivate, MY_TASKS } from './support/care-plan-worklist-fixtures';
import { auditRowsOf, clientOnCaseload, hoursAgo, newClient, ok, staffedAgency, type StaffedAgency, worker } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const SHIFT = 'id version tier startsAt endsAt phone staff { id displayName }';
const CREATE_SHIFT = `mutation ($input: CreateOnCallShiftInput!) { createOnCallShift(input: $input) { ${SHIFT} } }`;
const UPDATE_SHIFT = `mutation ($input: UpdateOnCallShiftInput!) { updateOnCallShift(input: $input) { ${SHIFT} } }`;
const REMOVE_SHIFT = `mutation ($input: ShiftVersionInput!) { removeOnCallShift(input: $input) }`;
const ROSTER = `query ($from: DateTime!, $to: DateTime!) { onCallRoster(from: $from, to: $to) { ${SHIFT} } }`;
const NOW = `{ onCallNow { at primary { ${SHIFT} } backup { ${SHIFT} } } }`;
const CANDIDATES = '{ onCallCandidates { id role } }';
const CALL = `id version receivedAt callerName callerRelation callerPhone clientId client { id displayName } whatHappened actionTaken severity
  takenBy { id } followUpNeeded followUpDueOn followUpAssignee { id } followUpNote followedUpBy { id } followedUpAt`;
const LOG_CALL = `mutation ($input: LogEmergencyCallInput!) { logEmergencyCall(input: $input) { ${CALL} } }`;
const FOLLOW_UP = `mutation ($input: RecordCallFollowUpInput!) { recordCallFollowUp(input: $input) { ${CALL} } }`;
const CALLS = `query ($from: DateTime, $to: DateTime, $needsFollowUp: Boolean, $first: Int, $after: String) {
  emergencyCalls(from: $from, to: $to, needsFollowUp: $needsFollowUp, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${CALL} } } }
}`;
const ONE_CALL = `query ($id: ID!) { emergencyCall(id: $id) { ${CALL} } }`;

const ROLES = {
  supervisor: 'SUPERVISOR',
  caseManager: 'CASE_MANAGER',
  onCallWorker: 'CASE_MANAGER',
  bystander: 'CASE_MANAGER',
  intake: 'INTAKE',
  auditor: 'AUDITOR',
} as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

const HOUR = 3600_000;
const WHAT_HAPPENED = 'Her brother left the group home and has not come back.';
/** An instant `hours` from now, as the API speaks it. */
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

// ON_CALL_TIME_ZONE is America/Los_Angeles by default (PST, UTC-8, in November).
/** Monday 16 November 2026, 22:00 in Los Angeles: followed up Tuesday morning. */
const MONDAY_EVENING = '2026-11-17T06:00:00.000Z';
/** Friday 20 November 2026, 19:00 in Los Angeles: followed up Monday. */
const FRIDAY_EVENING = '2026-11-21T03:00:00.000Z';
/** Wednesday 18 November 2026, 02:00 in Los Angeles: the same night, followed up that morning. */
const SMALL_HOURS = '2026-11-18T10:00:00.000Z';

describe('on call: the roster and the emergency log', () => {
  let t: TestApp;
  let staffed: StaffedAgency<keyof typeof ROLES>;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let clientId: string;

  beforeAll(async () => {
    t = await startTestApp();
    staffed = await staffedAgency(t, ROLES);
    as = staffed.as;
    clientId = await clientOnCaseload(t, staffed.people.admin.token, staffed.people.caseManager);
  });
  afterAll(() => t.close());

  const id = (who: Who) => staffed.people[who].id;
  const shiftCount = async () => Number((await t.db.query(`SELECT count(*) FROM on_call_shift WHERE agency_id = $1`, [staffed.agency.id]))[0].count);
  const callCount = async () => Number((await t.db.query(`SELECT count(*) FROM emergency_call WHERE agency_id = $1`, [staffed.agency.id]))[0].count);
  const addShift = (input: Record<string, unknown>, who: Who = 'supervisor') => as(who)(CREATE_SHIFT, { input: { tier: 'PRIMARY', staffId: id('onCallWorker'), ...input } });
  const logCall = (input: Record<string, unknown> = {}, who: Who = 'onCallWorker') =>
    as(who)(LOG_CALL, {
      input: {
        receivedAt: hoursAgo(3),
        callerName: 'Rosa Díaz',
        callerRelation: 'FAMILY',
        callerPhone: '555-0142',
        clientId,
        whatHappened: WHAT_HAPPENED,
        actionTaken: 'Called the house staff; he came back at 23:10.',
        severity: 'MODERATE',
        followUpNeeded: true,
        ...input,
      },
    });

  describe('the roster', () => {
    // Days ahead, so these shifts cover no "now" and start after every other test's.
    const day = (days: number, hours = 0) => inHours(24 * days + hours);

    it('refuses an overlapping shift of the same tier naming the shift in the way, and writes nothing, while the other tier is fine', async () => {
      const first = await ok(addShift({ startsAt: day(30, 17), endsAt: day(31, 8), phone: ' 555-0100 ' }));
      expect(first).toMatchObject({ tier: 'PRIMARY', phone: '555-0100', staff: { id: id('onCallWorker') }, version: 1 });
      const count = await shiftCount();

      const clash = await addShift({ staffId: id('caseManager'), startsAt: day(31, 6), endsAt: day(31, 20) });
      expect(clash.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OVERLAP', overlappingId: first.id, fields: [{ field: 'startsAt' }] });
      expect(clash.errors?.[0].message).toContain('(PRIMARY)');
      expect(await shiftCount()).toBe(count);

      const backup = await ok(addShift({ tier: 'BACKUP', staffId: id('caseManager'), startsAt: day(31, 6), endsAt: day(31, 20) }));
      // The next primary shift may start the moment the first ends.
      const next = await ok(addShift({ staffId: id('caseManager'), startsAt: first.endsAt, endsAt: day(31, 20) }));
      const roster = (await as('intake')(ROSTER, { from: day(30), to: day(32) })).data?.onCallRoster;
      expect(roster.map((s: { id: string }) => s.id)).toEqual([first.id, backup.id, next.id]);

      expect(await auditRowsOf(t, first.id)).toEqual([
        expect.objectContaining({ action: 'CREATE', entity_type: 'OnCallShift', actor_id: id('supervisor'), client_id: null, changes: expect.objectContaining({ tier: { to: 'PRIMARY' } }) }),
      ]);
    });

    it('refuses a shift that ends before it starts, lasts over 14 days, or is for a user who cannot be on call, naming the field', async () => {
      const stranger = staffed.people.stranger.id;
      const leaver = await worker(t, staffed.agency, 'CASE_MANAGER');
      const count = await shiftCount();
      const cases: [Record<string, unknown>, string][] = [
        [{ startsAt: day(40, 8), endsAt: day(40, 7) }, 'endsAt'],
        [{ startsAt: day(40, 8), endsAt: day(40, 8) }, 'endsAt'],
        [{ startsAt: day(40), endsAt: day(54, 1) }, 'endsAt'],
        [{ startsAt: day(40), endsAt: day(41), staffId: stranger }, 'staffId'],
        [{ startsAt: day(40), endsAt: day(41), staffId: randomUUID() }, 'staffId'],
        [{ startsAt: day(40), endsAt: day(41), staffId: id('auditor') }, 'staffId'],
        [{ startsAt: day(40), endsAt: day(41), phone: 'call me' }, 'phone'],
        [{ startsAt: 'tonight', endsAt: day(41) }, 'startsAt'],
      ];
      for (const [input, field] of cases) {
        const res = await addShift(input);
        expect([field, res.errors?.[0].extensions.code]).toEqual([field, 'BAD_USER_INPUT']);
        if (res.errors?.[0].extensions.fields) expect(res.errors?.[0].extensions.fields).toContainEqual(expect.objectContaining({ field }));
      }
      await deactivate(t, staffed, leaver.id);
      const inactive = await addShift({ startsAt: day(40), endsAt: day(41), staffId: leaver.id });
      expect(inactive.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'staffId', message: 'not an active user' }] });
      expect(await shiftCount()).toBe(count);
    });

    it('leaves the roster to supervisors and admins, versions each edit, and keeps a shift that has started', async () => {
      const shift = await ok(addShift({ startsAt: day(50, 17), endsAt: day(51, 8) }, 'admin'));
      for (const who of ['caseManager', 'intake', 'auditor'] as const) {
        expect(codeOf(await addShift({ startsAt: day(60), endsAt: day(61) }, who))).toBe('FORBIDDEN');
        expect(codeOf(await as(who)(UPDATE_SHIFT, { input: { shiftId: shift.id, version: 1, staffId: id(who), tier: 'PRIMARY', startsAt: shift.startsAt, endsAt: shift.endsAt } }))).toBe('FORBIDDEN');
        expect(codeOf(await as(who)(REMOVE_SHIFT, { input: { shiftId: shift.id, version: 1 } }))).toBe('FORBIDDEN');
        expect(codeOf(await as(who)(CANDIDATES))).toBe('FORBIDDEN');
      }
      const candidates = (await as('supervisor')(CANDIDATES)).data?.onCallCandidates.map((c: { id: string }) => c.id);
      expect(candidates).toEqual(expect.arrayContaining([id('caseManager'), id('supervisor'), id('admin')]));
      expect(candidates).not.toContain(id('auditor'));

      const moved = await ok(as('supervisor')(UPDATE_SHIFT, { input: { shiftId: shift.id, version: 1, staffId: id('caseManager'), tier: 'BACKUP', startsAt: shift.startsAt, endsAt: day(51, 9), phone: '555-0199' } }));
      expect(moved).toMatchObject({ version: 2, tier: 'BACKUP', phone: '555-0199', staff: { id: id('caseManager') } });
      const stale = await as('supervisor')(UPDATE_SHIFT, { input: { shiftId: shift.id, version: 1, staffId: id('supervisor'), tier: 'BACKUP', startsAt: shift.startsAt, endsAt: shift.endsAt } });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(codeOf(await as('supervisor')(REMOVE_SHIFT, { input: { shiftId: shift.id, version: 1 } }))).toBe('CONFLICT');
      expect((await t.db.query(`SELECT user_id, version FROM on_call_shift WHERE id = $1`, [shift.id]))[0]).toEqual({ user_id: id('caseManager'), version: 2 });
      expect((await auditRowsOf(t, shift.id)).at(-1)).toMatchObject({ action: 'UPDATE', changes: { tier: { from: 'PRIMARY', to: 'BACKUP' }, userId: { from: id('onCallWorker'), to: id('caseManager') } } });

      // Moving a shift onto another of its tier is the same refusal as adding one.
      const other = await ok(addShift({ tier: 'BACKUP', startsAt: day(52), endsAt: day(53) }));
      const onto = await as('supervisor')(UPDATE_SHIFT, { input: { shiftId: other.id, version: 1, staffId: id('onCallWorker'), tier: 'BACKUP', startsAt: day(51), endsAt: day(53) } });
      expect(onto.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OVERLAP', overlappingId: shift.id });

      expect(await ok(as('supervisor')(REMOVE_SHIFT, { input: { shiftId: other.id, version: 1 } }))).toBe(other.id);
      const started = await ok(addShift({ tier: 'BACKUP', startsAt: hoursAgo(30), endsAt: hoursAgo(26) }));
      const removeStarted = await as('supervisor')(REMOVE_SHIFT, { input: { shiftId: started.id, version: 1 } });
      expect(removeStarted.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });
      const editOver = await as('supervisor')(UPDATE_SHIFT, { input: { shiftId: started.id, version: 1, staffId: id('onCallWorker'), tier: 'BACKUP', startsAt: started.startsAt, endsAt: hoursAgo(25) } });
      expect(editOver.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });
      expect((await t.db.query(`SELECT count(*) FROM on_call_shift WHERE id = ANY($1)`, [[other.id, started.id]]))[0].count).toBe('1');
      expect(codeOf(await as('supervisor')(ROSTER, { from: day(0), to: day(43) }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await as('stranger')(REMOVE_SHIFT, { input: { shiftId: shift.id, version: 2 } }))).toBe('NOT_FOUND');
    });

    it('tells everyone signed in who is on call now, primary and backup, with their phones', async () => {
      await ok(addShift({ startsAt: hoursAgo(2), endsAt: inHours(10), phone: '555-0111' }));
      await ok(addShift({ tier: 'BACKUP', staffId: id('supervisor'), startsAt: hoursAgo(5), endsAt: inHours(3) }));
      for (const who of ['auditor', 'intake', 'caseManager'] as const) {
        const now = (await as(who)(NOW)).data?.onCallNow;
        expect(now).toMatchObject({ primary: { phone: '555-0111', staff: { id: id('onCallWorker') } }, backup: { phone: null, staff: { id: id('supervisor') } } });
      }
      const elsewhere = (await as('stranger')(NOW)).data?.onCallNow;
      expect(elsewhere).toMatchObject({ primary: null, backup: null });
    });
  });

  describe('the emergency log', () => {
    it("puts a call's follow-up on the client's worker's list for the next morning, closed by the follow-up note", async () => {
      const call = await ok(logCall({ receivedAt: MONDAY_EVENING, severity: 'HIGH' }));
      // The on-call worker logs for the whole agency; the client's name is shown to those who may open the record.
      expect(call).toMatchObject({
        clientId,
        client: null,
        takenBy: { id: id('onCallWorker') },
        followUpNeeded: true,
        followUpDueOn: '2026-11-17',
        followUpAssignee: { id: id('caseManager') },
        followUpNote: null,
      });

      const mine = (await as('caseManager')(MY_TASKS, { kinds: ['ON_CALL_FOLLOW_UP'], first: 50 })).data?.myTasks;
      const task = mine.edges.map((e: { node: Record<string, unknown> }) => e.node).find((n: { subjectId: string }) => n.subjectId === call.id);
      expect(task).toMatchObject({ kind: 'ON_CALL_FOLLOW_UP', status: 'OPEN', priority: 'URGENT', dueOn: '2026-11-17', subjectType: 'EMERGENCY_CALL', assignee: { id: id('caseManager') }, client: { id: clientId } });
      const others = (await as('onCallWorker')(MY_TASKS, { kinds: ['ON_CALL_FOLLOW_UP'], first: 50 })).data?.myTasks;
      expect(others.edges.map((e: { node: { subjectId: string } }) => e.node.subjectId)).not.toContain(call.id);

      // The follow-up is the client's worker's (or a supervisor's) to record.
      const input = { callId: call.id, version: call.version, note: 'Visited the house: he is settled; talked with staff about the door alarm.' };
      expect(codeOf(await as('bystander')(FOLLOW_UP, { input }))).toBe('FORBIDDEN');
      expect(codeOf(await as('caseManager')(FOLLOW_UP, { input: { ...input, version: 99 } }))).toBe('CONFLICT');
      const done = await ok(as('caseManager')(FOLLOW_UP, { input }));
      expect(done).toMatchObject({ followUpNote: input.note, followedUpBy: { id: id('caseManager') }, version: 2 });
      const [closed] = await t.db.query(`SELECT status, completion_note FROM task WHERE subject_type = 'EMERGENCY_CALL' AND subject_id = $1`, [call.id]);
      expect(closed.status).toBe('DONE');
      const again = await as('caseManager')(FOLLOW_UP, { input: { ...input, version: 2 } });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });

      const timeline = await t.db.query(`SELECT kind, summary, actor_id FROM client_timeline_entry WHERE source_id = $1 ORDER BY occurred_at`, [call.id]);
      expect(timeline).toEqual([
        { kind: 'EMERGENCY_CALL', summary: 'After-hours call from a family member (high severity)', actor_id: id('onCallWorker') },
        { kind: 'EMERGENCY_CALL', summary: 'After-hours call followed up', actor_id: id('caseManager') },
      ]);
      expect((await ok(as('supervisor')(ONE_CALL, { id: call.id }))).client).toMatchObject({ id: clientId });
      const audit = await auditRowsOf(t, call.id);
      expect(audit.filter((row: { action: string }) => row.action !== 'READ')).toEqual([
        expect.objectContaining({ action: 'CREATE', entity_type: 'EmergencyCall', actor_id: id('onCallWorker'), client_id: clientId, changes: expect.objectContaining({ severity: { to: 'HIGH' }, whatHappenedLength: { to: WHAT_HAPPENED.length } }) }),
        expect.objectContaining({ action: 'UPDATE', actor_id: id('caseManager'), client_id: clientId, changes: expect.objectContaining({ followUpNoteLength: { to: input.note.length } }) }),
      ]);
      expect(JSON.stringify(audit)).not.toContain('Rosa');
      expect(audit).toContainEqual(expect.objectContaining({ action: 'READ', actor_id: id('supervisor'), client_id: clientId }));
    });

    it('dues a Friday evening call on Monday and a call in the small hours that same morning; a client with no worker goes to the supervisors', async () => {
      const friday = await ok(logCall({ receivedAt: FRIDAY_EVENING, severity: 'LOW' }));
      expect(friday.followUpDueOn).toBe('2026-11-23');
      const night = await ok(logCall({ receivedAt: SMALL_HOURS }));
      expect(night.followUpDueOn).toBe('2026-11-18');
      const unassigned = await newClient(t, staffed.people.admin.token, { status: 'ACTIVE' });
      const queued = await ok(logCall({ clientId: unassigned }, 'supervisor'));
      expect(queued.followUpAssignee).toBeNull();
      const rows = await t.db.query(`SELECT subject_id, assignee_id, priority FROM task WHERE subject_id = ANY($1) ORDER BY due_on`, [[friday.id, night.id, queued.id]]);
      expect(rows).toEqual(
        expect.arrayContaining([
          { subject_id: friday.id, assignee_id: id('caseManager'), priority: 'NORMAL' },
          { subject_id: night.id, assignee_id: id('caseManager'), priority: 'HIGH' },
          { subject_id: queued.id, assignee_id: null, priority: 'HIGH' },
        ]),
      );
    });

    it('logs a call about nobody known, with no follow-up, on no timeline', async () => {
      const call = await ok(logCall({ clientId: null, followUpNeeded: false, callerRelation: 'NEIGHBOR' }));
      expect(call).toMatchObject({ clientId: null, client: null, followUpDueOn: null });
      expect(await t.db.query(`SELECT 1 FROM client_timeline_entry WHERE source_id = $1`, [call.id])).toHaveLength(0);
      expect(await t.db.query(`SELECT 1 FROM task WHERE subject_id = $1`, [call.id])).toHaveLength(0);
      // Everyone signed in reads a call about nobody, an auditor included.
      await ok(as('auditor')(ONE_CALL, { id: call.id }));
      await ok(as('bystander')(ONE_CALL, { id: call.id }));
    });

    it('refuses bad input naming the field, and writes nothing', async () => {
      const otherClient = await newClient(t, staffed.people.stranger.token, { status: 'ACTIVE' });
      const count = await callCount();
      const cases: [Record<string, unknown>, string][] = [
        [{ receivedAt: inHours(2) }, 'receivedAt'],
        [{ receivedAt: 'last night' }, 'receivedAt'],
        [{ callerName: 'n'.repeat(101) }, 'callerName'],
        [{ callerName: '  ' }, 'callerName'],
        [{ whatHappened: 'x'.repeat(20001) }, 'whatHappened'],
        [{ actionTaken: 'x'.repeat(20001) }, 'actionTaken'],
        [{ callerPhone: 'ring ring' }, 'callerPhone'],
        [{ clientId: null, followUpNeeded: true }, 'followUpNeeded'],
      ];
      for (const [input, field] of cases) {
        const res = await logCall(input);
        expect([field, res.errors?.[0].extensions.code]).toEqual([field, 'BAD_USER_INPUT']);
        expect(res.errors?.[0].extensions.fields).toContainEqual(expect.objectContaining({ field }));
      }
      expect(codeOf(await logCall({ severity: 'APOCALYPTIC' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await logCall({ clientId: otherClient }))).toBe('NOT_FOUND');
      expect(codeOf(await logCall({ clientId: randomUUID() }))).toBe('NOT_FOUND');
      expect(codeOf(await logCall({}, 'auditor'))).toBe('FORBIDDEN');
      expect(await callCount()).toBe(count);
      expect(await t.db.query(`SELECT 1 FROM task WHERE client_id = $1`, [otherClient])).toHaveLength(0);
    });

    it('lists the log newest first a page at a time, by date and by what awaits follow-up, showing each worker what they may see', async () => {
      const fresh = await staffedAgency(t, { worker: 'CASE_MANAGER', outsider: 'CASE_MANAGER', supervisor: 'SUPERVISOR' });
      const client = await clientOnCaseload(t, fresh.people.admin.token, fresh.people.worker);
      const log = async (receivedAt: string, extra: Record<string, unknown> = {}) =>
        (await ok(fresh.as('supervisor')(LOG_CALL, {
          input: { receivedAt, callerName: 'Caller', callerRelation: 'CAREGIVER', clientId: client, whatHappened: 'w', actionTaken: 'a', severity: 'LOW', followUpNeeded: true, ...extra },
        }))).id as string;
      const oldest = await log(hoursAgo(50));
      const middle = await log(hoursAgo(30), { followUpNeeded: false });
      const newest = await log(hoursAgo(2));
      const anonymous = await log(hoursAgo(10), { clientId: null, followUpNeeded: false });

      const seen: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 2; page++) {
        const res = (await fresh.as('worker')(CALLS, { first: 2, after })).data?.emergencyCalls;
        expect(res.totalCount).toBe(4);
        seen.push(...res.edges.map((e: { node: { id: string } }) => e.node.id));
        after = res.pageInfo.endCursor;
      }
      expect(seen).toEqual([newest, anonymous, middle, oldest]);

      const open = (await fresh.as('worker')(CALLS, { needsFollowUp: true })).data?.emergencyCalls;
      expect(open.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([newest, oldest]);
      const window = (await fresh.as('worker')(CALLS, { from: hoursAgo(40), to: hoursAgo(5) })).data?.emergencyCalls;
      expect(window.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([anonymous, middle]);

      // A case manager without the client sees only the call about nobody.
      const outsider = (await fresh.as('outsider')(CALLS, {})).data?.emergencyCalls;
      expect(outsider.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([anonymous]);
      expect(codeOf(await fresh.as('outsider')(ONE_CALL, { id: newest }))).toBe('NOT_FOUND');
      expect(codeOf(await fresh.as('stranger')(ONE_CALL, { id: newest }))).toBe('NOT_FOUND');
      expect(codeOf(await fresh.as('worker')(CALLS, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');

      const reads = await t.db.query(`SELECT count(*) FROM audit_event WHERE action = 'READ' AND entity_type = 'EmergencyCall' AND actor_id = $1`, [fresh.people.worker.id]);
      expect(Number(reads[0].count)).toBe(3 + 2 + 1);
    });

    it("shows the on-call worker the calls they took about a client who is not theirs", async () => {
      const call = await ok(logCall({ followUpNeeded: false }));
      expect((await ok(as('onCallWorker')(ONE_CALL, { id: call.id }))).id).toBe(call.id);
      expect(codeOf(await as('bystander')(ONE_CALL, { id: call.id }))).toBe('NOT_FOUND');
    });
  });
});
