import { nextWorkingDay } from '@waymark/shared/types';
import { backToNow, MY_TASKS, travelTo } from './support/care-plan-worklist-fixtures';
import { daysFromToday, hoursAgo, newClient, newProgram, ok, onCaseload, staffedAgency, type StaffedAgency, worker } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { directoryService } from './support/referral-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const APPOINTMENT = `id version clientId enrollmentId kind purpose startsAt endsAt location withWhom serviceId serviceName status outcomeNote cancelledBy followUpStarted
  rescheduledFromId rescheduledToId client { id displayName } responsibleWorker { id } bookedBy { id } outcomeRecordedBy { id }
  transport { provider staff { id displayName } serviceId serviceName pickupAt notes }
  parties { id party name toldAt method toldBy { id } }`;
const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { ${APPOINTMENT} } }`;
const TOLD = `mutation ($input: MarkAppointmentPartyToldInput!) { markAppointmentPartyTold(input: $input) { ${APPOINTMENT} } }`;
const OUTCOME = `mutation ($input: RecordAppointmentOutcomeInput!) { recordAppointmentOutcome(input: $input) { ${APPOINTMENT} } }`;
const ONE = `query ($id: ID!) { appointment(id: $id) { ${APPOINTMENT} } }`;
const CLIENT_LIST = `query ($clientId: ID!, $from: DateTime, $to: DateTime, $latestFirst: Boolean, $first: Int, $after: String) {
  clientAppointments(clientId: $clientId, from: $from, to: $to, latestFirst: $latestFirst, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id startsAt client { displayName } } }
  }
}`;
const CALENDAR = `query ($workerId: ID, $from: DateTime!, $to: DateTime!) { workerAppointments(workerId: $workerId, from: $from, to: $to) { id startsAt client { id displayName } } }`;

const ROLES = { caseManager: 'CASE_MANAGER', driver: 'CASE_MANAGER', supervisor: 'SUPERVISOR', auditor: 'AUDITOR' } as const;

/** An instant `days` from today at `hour`:00 UTC. */
const at = (days: number, hour: number) => `${daysFromToday(days)}T${String(hour).padStart(2, '0')}:00:00.000Z`;

interface Task {
  kind: string;
  title: string;
  details: string | null;
  dueOn: string;
  subjectId: string;
  status: string;
  assignee: { id: string } | null;
}

describe('appointments and transport', () => {
  let t: TestApp;
  let staffed: StaffedAgency<keyof typeof ROLES>;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let clientId: string;
  let enrollmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    staffed = await staffedAgency(t, ROLES);
    ({ as } = staffed);
    clientId = await newClient(t, staffed.people.admin.token, { status: 'ACTIVE', legalFirstName: 'Rosa', legalLastName: 'Quintero' });
    enrollmentId = await onCaseload(t, staffed.people.admin.token, clientId, staffed.people.caseManager.id);
  });
  afterEach(() => backToNow(t));
  afterAll(() => t.close());

  const book = (input: Record<string, unknown> = {}, who: keyof typeof ROLES | 'admin' = 'caseManager') =>
    ok(as(who)(BOOK, { input: { clientId, kind: 'DOCTOR', startsAt: at(5, 15), endsAt: at(5, 16), ...input } }));
  const counts = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM appointment WHERE agency_id = $1)::int AS appointments, (SELECT count(*) FROM task WHERE agency_id = $1)::int AS tasks`,
        [staffed.agency.id],
      )
    )[0];
  const tasksOf = (appointmentId: string): Promise<{ kind: string; status: string; due_on: string; assignee_id: string | null; completion_note: string | null; details: string | null }[]> =>
    t.db.query(`SELECT kind, status, due_on::text, assignee_id, completion_note, details FROM task WHERE subject_type = 'APPOINTMENT' AND subject_id = $1 ORDER BY due_on, kind`, [
      appointmentId,
    ]);
  const myTasks = async (who: keyof typeof ROLES): Promise<Task[]> =>
    (await ok(as(who)(MY_TASKS, { kinds: ['APPOINTMENT_PREPARE', 'APPOINTMENT_OUTCOME', 'APPOINTMENT_MISSED'], first: 100 }))).edges.map((e: { node: Task }) => e.node);

  it('books a doctor’s appointment with transport by a case manager and the nursing team to tell; the reminders reach the worklist', async () => {
    const booked = await book(
      {
        enrollmentId,
        purpose: ' Annual physical ',
        location: '12 Elm St, Springfield',
        withWhom: 'Dr. Patel',
        transport: { needed: true, provider: 'CASE_MANAGER', staffId: staffed.people.driver.id, pickupAt: at(5, 14), notes: 'Wheelchair' },
        parties: [{ party: 'NURSING_TEAM' }, { party: 'GUARDIAN', name: 'Ana Quintero' }],
      },
      'supervisor',
    );
    expect(booked).toMatchObject({
      clientId,
      enrollmentId,
      kind: 'DOCTOR',
      purpose: 'Annual physical',
      status: 'SCHEDULED',
      client: { id: clientId, displayName: 'Rosa Quintero' },
      responsibleWorker: { id: staffed.people.caseManager.id },
      bookedBy: { id: staffed.people.supervisor.id },
      transport: { provider: 'CASE_MANAGER', staff: { id: staffed.people.driver.id }, pickupAt: at(5, 14), notes: 'Wheelchair', serviceId: null },
      parties: [
        { party: 'NURSING_TEAM', name: null, toldAt: null, method: null, toldBy: null },
        { party: 'GUARDIAN', name: 'Ana Quintero', toldAt: null },
      ],
    });

    const reminders = (await myTasks('caseManager')).filter((task) => task.subjectId === booked.id);
    expect(reminders.map((task) => [task.kind, task.dueOn, task.status])).toEqual([
      ['APPOINTMENT_PREPARE', daysFromToday(4), 'OPEN'],
      ['APPOINTMENT_OUTCOME', daysFromToday(6), 'OPEN'],
    ]);
    expect(reminders[0].title).toBe(`Prepare the doctor appointment on ${daysFromToday(5)}`);
    expect(reminders[0].details).toContain(`Transport: ${booked.transport.staff.displayName}.`);
    expect(reminders[0].details).toContain('the nursing team, the guardian (Ana Quintero)');

    const toldAt = hoursAgo(1);
    const told = await ok(as('caseManager')(TOLD, { input: { appointmentId: booked.id, version: booked.version, partyId: booked.parties[0].id, toldAt, method: 'PHONE' } }));
    expect(told.parties[0]).toMatchObject({ party: 'NURSING_TEAM', toldAt, method: 'PHONE', toldBy: { id: staffed.people.caseManager.id } });
    expect(told.parties[1].toldAt).toBeNull();
    const afterTelling = (await myTasks('caseManager')).find((task) => task.subjectId === booked.id && task.kind === 'APPOINTMENT_PREPARE');
    expect(afterTelling?.details).toContain('Tell: the guardian (Ana Quintero).');
    expect(afterTelling?.details).not.toContain('nursing team');
    const future = await as('caseManager')(TOLD, { input: { appointmentId: booked.id, version: told.version, partyId: booked.parties[1].id, toldAt: at(3, 9), method: 'PHONE' } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'toldAt', message: 'is in the future' }] });
    const stale = await as('caseManager')(TOLD, { input: { appointmentId: booked.id, version: booked.version, partyId: booked.parties[1].id, toldAt, method: 'EMAIL' } });
    expect(codeOf(stale)).toBe('CONFLICT');

    const timeline = await t.db.query(`SELECT kind, summary, actor_id FROM client_timeline_entry WHERE source_id = $1`, [booked.id]);
    expect(timeline).toEqual([{ kind: 'APPOINTMENT', summary: `Doctor appointment on ${daysFromToday(5)} booked`, actor_id: staffed.people.supervisor.id }]);
    const audit = await t.db.query(`SELECT action, actor_id, client_id, changes FROM audit_event WHERE entity_type = 'Appointment' AND entity_id = $1 ORDER BY id`, [booked.id]);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        actor_id: staffed.people.supervisor.id,
        client_id: clientId,
        changes: expect.objectContaining({ kind: { to: 'DOCTOR' }, transportProvider: { to: 'CASE_MANAGER' }, purposeLength: { to: 15 }, parties: { to: ['NURSING_TEAM', 'GUARDIAN'] } }),
      }),
      expect.objectContaining({ action: 'UPDATE', actor_id: staffed.people.caseManager.id, changes: expect.objectContaining({ toldParty: { to: 'NURSING_TEAM' }, toldMethod: { to: 'PHONE' } }) }),
    ]);
    const taskAudit = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'Task' AND action = 'CREATE' AND client_id = $1 AND changes->'kind'->>'to' LIKE 'APPOINTMENT_%'`, [clientId]);
    expect(taskAudit[0].n).toBeGreaterThanOrEqual(2);
  });

  it("books with a directory service and its transport; without an enrollment the reminders go to the client's primary case manager, else the booker", async () => {
    const shared = await directoryService(t, staffed.otherAgency.id, { name: 'Dial-a-Ride' });
    const clinic = await directoryService(t, staffed.agency.id, { name: 'Eastside Clinic', visibility: 'PRIVATE' });
    const driversClient = await newClient(t, staffed.people.admin.token, { status: 'ACTIVE' });
    await onCaseload(t, staffed.people.admin.token, driversClient, staffed.people.driver.id);
    const booked = await book({ clientId: driversClient, kind: 'DENTIST', serviceId: clinic.id, transport: { needed: true, provider: 'DIRECTORY_SERVICE', serviceId: shared.id } }, 'supervisor');
    expect(booked).toMatchObject({
      serviceId: clinic.id,
      serviceName: `Eastside Clinic (${clinic.organizationName})`,
      responsibleWorker: { id: staffed.people.driver.id },
      transport: { provider: 'DIRECTORY_SERVICE', serviceId: shared.id, serviceName: `Dial-a-Ride (${shared.organizationName})`, staff: null },
      parties: [],
    });
    expect((await tasksOf(booked.id)).map((task) => task.assignee_id)).toEqual([staffed.people.driver.id, staffed.people.driver.id]);

    const unenrolled = await newClient(t, staffed.people.admin.token, { status: 'ACTIVE' });
    const bySupervisor = await book({ clientId: unenrolled }, 'supervisor');
    expect(bySupervisor.responsibleWorker).toEqual({ id: staffed.people.supervisor.id });
  });

  it('refuses an appointment that ends at or before its start, and other bad input, naming the field and writing nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ endsAt: at(5, 14) }, 'endsAt'],
      [{ endsAt: at(5, 15) }, 'endsAt'],
      [{ startsAt: 'tomorrow' }, 'startsAt'],
      [{ purpose: 'x'.repeat(201) }, 'purpose'],
      [{ transport: { needed: true } }, 'transport.provider'],
      [{ transport: { needed: true, provider: 'CASE_MANAGER' } }, 'transport.staffId'],
      [{ transport: { needed: true, provider: 'CASE_MANAGER', staffId: staffed.people.auditor.id } }, 'transport.staffId'],
      [{ transport: { needed: true, provider: 'DIRECTORY_SERVICE' } }, 'transport.serviceId'],
      [{ transport: { needed: true, provider: 'AGENCY_VAN', pickupAt: at(5, 17) } }, 'transport.pickupAt'],
      [{ parties: [{ party: 'NURSING_TEAM', name: 'n'.repeat(101) }] }, 'parties.0.name'],
    ];
    for (const [input, field] of cases) {
      const res = await as('caseManager')(BOOK, { input: { clientId, kind: 'DOCTOR', startsAt: at(5, 15), endsAt: at(5, 16), ...input } });
      expect([field, res.errors?.[0].extensions.code]).toEqual([field, 'BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions.fields).toContainEqual(expect.objectContaining({ field }));
    }
    expect(codeOf(await as('caseManager')(BOOK, { input: { clientId, kind: 'SPA_DAY', startsAt: at(5, 15), endsAt: at(5, 16) } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('auditor')(BOOK, { input: { clientId, kind: 'DOCTOR', startsAt: at(5, 15), endsAt: at(5, 16) } }))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it("refuses another agency's client, enrollment, service and staff, writing nothing", async () => {
    const { otherAgency, people } = staffed;
    const strangerClient = await newClient(t, people.stranger.token, { status: 'ACTIVE' });
    const theirCaseManager = await worker(t, otherAgency, 'CASE_MANAGER');
    const strangerEnrollment = await onCaseload(t, people.stranger.token, strangerClient, theirCaseManager.id, await newProgram(t, people.stranger.token));
    const privateService = await directoryService(t, otherAgency.id, { visibility: 'PRIVATE' });
    const before = await counts();
    expect(codeOf(await as('caseManager')(BOOK, { input: { clientId: strangerClient, kind: 'DOCTOR', startsAt: at(5, 15), endsAt: at(5, 16) } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('caseManager')(BOOK, { input: { clientId, enrollmentId: strangerEnrollment, kind: 'DOCTOR', startsAt: at(5, 15), endsAt: at(5, 16) } }))).toBe('NOT_FOUND');
    const cases: [Record<string, unknown>, string][] = [
      [{ serviceId: privateService.id }, 'serviceId'],
      [{ transport: { needed: true, provider: 'DIRECTORY_SERVICE', serviceId: privateService.id } }, 'transport.serviceId'],
      [{ transport: { needed: true, provider: 'CASE_MANAGER', staffId: people.stranger.id } }, 'transport.staffId'],
    ];
    for (const [input, field] of cases) {
      const res = await as('caseManager')(BOOK, { input: { clientId, kind: 'DOCTOR', startsAt: at(5, 15), endsAt: at(5, 16), ...input } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, message: 'not found' }] });
    }
    const mine = await book();
    expect(codeOf(await as('stranger')(ONE, { id: mine.id }))).toBe('NOT_FOUND');
    expect(codeOf(await as('caseManager')(ONE, { id: 'not-an-id' }))).toBe('NOT_FOUND');
    expect(codeOf(await as('stranger')(OUTCOME, { input: { appointmentId: mine.id, version: 1, outcome: 'CANCELLED', cancelledBy: 'AGENCY' } }))).toBe('NOT_FOUND');
    expect((await counts()).appointments).toBe(before.appointments + 1);
  });

  it('refuses an outcome before the date, closes both reminders when it is recorded, and refuses an illegal transition and a stale version', async () => {
    const booked = await book({ startsAt: at(1, 15), endsAt: at(1, 16) });
    const early = await as('caseManager')(OUTCOME, { input: { appointmentId: booked.id, version: booked.version, outcome: 'KEPT' } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'outcome', message: 'before the appointment' }] });
    expect((await tasksOf(booked.id)).map((task) => task.status)).toEqual(['OPEN', 'OPEN']);

    travelTo(t, daysFromToday(2));
    expect(codeOf(await as('caseManager')(OUTCOME, { input: { appointmentId: booked.id, version: booked.version + 1, outcome: 'KEPT' } }))).toBe('CONFLICT');
    const kept = await ok(as('caseManager')(OUTCOME, { input: { appointmentId: booked.id, version: booked.version, outcome: 'KEPT', note: 'Bloodwork ordered' } }));
    expect(kept).toMatchObject({ status: 'KEPT', outcomeNote: 'Bloodwork ordered', outcomeRecordedBy: { id: staffed.people.caseManager.id } });
    expect((await tasksOf(booked.id)).map((task) => [task.kind, task.status])).toEqual([
      ['APPOINTMENT_PREPARE', 'DONE'],
      ['APPOINTMENT_OUTCOME', 'DONE'],
    ]);

    const again = await as('caseManager')(OUTCOME, { input: { appointmentId: booked.id, version: kept.version, outcome: 'MISSED' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
    expect((await ok(as('caseManager')(ONE, { id: booked.id }))).status).toBe('KEPT');
    const timeline = await t.db.query(`SELECT summary FROM client_timeline_entry WHERE source_id = $1 ORDER BY occurred_at`, [booked.id]);
    expect(timeline.map((row: { summary: string }) => row.summary)).toEqual([`Doctor appointment on ${daysFromToday(1)} booked`, `Doctor appointment on ${daysFromToday(1)} kept`]);
  });

  it('starts a follow-up for a missed appointment, due the next working day', async () => {
    const booked = await book({ enrollmentId, startsAt: hoursAgo(5), endsAt: hoursAgo(4) });
    expect((await tasksOf(booked.id)).map((task) => task.kind)).toEqual(['APPOINTMENT_OUTCOME']);
    const missed = await ok(as('caseManager')(OUTCOME, { input: { appointmentId: booked.id, version: 1, outcome: 'MISSED', note: 'No answer at the door', startFollowUp: true } }));
    expect(missed).toMatchObject({ status: 'MISSED', followUpStarted: true });
    const followUp = (await myTasks('caseManager')).find((task) => task.subjectId === booked.id && task.kind === 'APPOINTMENT_MISSED');
    expect(followUp).toMatchObject({ status: 'OPEN', dueOn: nextWorkingDay(daysFromToday(0)), assignee: { id: staffed.people.caseManager.id } });
    expect(followUp?.title).toContain('Follow up the missed doctor appointment');
    expect((await tasksOf(booked.id)).find((task) => task.kind === 'APPOINTMENT_OUTCOME')?.status).toBe('DONE');
  });

  it('cancels the reminders of a cancelled appointment with a note, and asks who cancelled', async () => {
    const booked = await book();
    const nobody = await as('caseManager')(OUTCOME, { input: { appointmentId: booked.id, version: 1, outcome: 'CANCELLED' } });
    expect(nobody.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'cancelledBy' }] });
    const cancelled = await ok(as('caseManager')(OUTCOME, { input: { appointmentId: booked.id, version: 1, outcome: 'CANCELLED', cancelledBy: 'PROVIDER', note: 'Doctor ill' } }));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledBy: 'PROVIDER', outcomeNote: 'Doctor ill' });
    expect((await tasksOf(booked.id)).map((task) => [task.status, task.completion_note])).toEqual([
      ['CANCELLED', 'The appointment was cancelled.'],
      ['CANCELLED', 'The appointment was cancelled.'],
    ]);
  });

  it('reschedules: the new appointment is linked both ways and the reminders move to its date', async () => {
    const booked = await book({ transport: { needed: true, provider: 'AGENCY_VAN' }, parties: [{ party: 'RESIDENTIAL_STAFF' }] });
    const bad = await as('caseManager')(OUTCOME, {
      input: { appointmentId: booked.id, version: 1, outcome: 'RESCHEDULED', reschedule: { startsAt: at(12, 10), endsAt: at(12, 9) } },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reschedule.endsAt' }] });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM appointment WHERE rescheduled_from_id = $1`, [booked.id])).toEqual([{ n: 0 }]);

    const moved = await ok(as('caseManager')(OUTCOME, {
      input: { appointmentId: booked.id, version: 1, outcome: 'RESCHEDULED', note: 'Clinic moved it', reschedule: { startsAt: at(12, 10), endsAt: at(12, 11) } },
    }));
    expect(moved.status).toBe('RESCHEDULED');
    const replacement = await ok(as('caseManager')(ONE, { id: moved.rescheduledToId }));
    expect(replacement).toMatchObject({
      status: 'SCHEDULED',
      rescheduledFromId: booked.id,
      kind: 'DOCTOR',
      startsAt: at(12, 10),
      transport: { provider: 'AGENCY_VAN' },
      parties: [{ party: 'RESIDENTIAL_STAFF', toldAt: null }],
    });
    expect((await tasksOf(booked.id)).map((task) => [task.status, task.completion_note])).toEqual([
      ['CANCELLED', `Rescheduled to ${daysFromToday(12)}.`],
      ['CANCELLED', `Rescheduled to ${daysFromToday(12)}.`],
    ]);
    expect((await tasksOf(replacement.id)).map((task) => [task.kind, task.due_on, task.status])).toEqual([
      ['APPOINTMENT_PREPARE', daysFromToday(11), 'OPEN'],
      ['APPOINTMENT_OUTCOME', daysFromToday(13), 'OPEN'],
    ]);
    const timeline = await t.db.query(`SELECT summary FROM client_timeline_entry WHERE source_id = $1`, [booked.id]);
    expect(timeline.map((row: { summary: string }) => row.summary)).toContain(`Doctor appointment on ${daysFromToday(5)} rescheduled to ${daysFromToday(12)}`);
  });

  it("shows a worker's calendar for a day or a week, as the one responsible or the driver, and a client's in ranges, a page at a time", async () => {
    const client = await newClient(t, staffed.people.admin.token, { status: 'ACTIVE', legalFirstName: 'Tomás', legalLastName: 'Vega' });
    await onCaseload(t, staffed.people.admin.token, client, staffed.people.caseManager.id);
    const base = 40;
    const make = (days: number, hour: number, transport?: Record<string, unknown>) =>
      book({ clientId: client, startsAt: at(base + days, hour), endsAt: at(base + days, hour + 1), ...(transport ? { transport } : {}) });
    const dayOne = [await make(0, 15), await make(0, 9, { needed: true, provider: 'CASE_MANAGER', staffId: staffed.people.driver.id })];
    const laterInWeek = await make(3, 11);
    const nextWeek = await make(8, 10);

    const day = await ok(as('caseManager')(CALENDAR, { from: at(base, 0), to: at(base + 1, 0) }));
    expect(day.map((a: { id: string }) => a.id)).toEqual([dayOne[1].id, dayOne[0].id]);
    expect(day[0].client).toEqual({ id: client, displayName: 'Tomás Vega' });
    const week = await ok(as('caseManager')(CALENDAR, { from: at(base, 0), to: at(base + 7, 0) }));
    expect(week.map((a: { id: string }) => a.id)).toEqual([dayOne[1].id, dayOne[0].id, laterInWeek.id]);
    const driving = await ok(as('driver')(CALENDAR, { from: at(base, 0), to: at(base + 7, 0) }));
    expect(driving.map((a: { id: string }) => a.id)).toEqual([dayOne[1].id]);
    const overseen = await ok(as('supervisor')(CALENDAR, { workerId: staffed.people.caseManager.id, from: at(base + 7, 0), to: at(base + 14, 0) }));
    expect(overseen.map((a: { id: string }) => a.id)).toEqual([nextWeek.id]);

    expect(codeOf(await as('caseManager')(CALENDAR, { workerId: staffed.people.supervisor.id, from: at(base, 0), to: at(base + 1, 0) }))).toBe('FORBIDDEN');
    expect(codeOf(await as('auditor')(CALENDAR, { from: at(base, 0), to: at(base + 1, 0) }))).toBe('FORBIDDEN');
    const tooLong = await as('caseManager')(CALENDAR, { from: at(base, 0), to: at(base + 40, 0) });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to' }] });
    expect(codeOf(await as('caseManager')(CALENDAR, { from: at(base, 0), to: at(base, 0) }))).toBe('BAD_USER_INPUT');

    const page1 = await ok(as('auditor')(CLIENT_LIST, { clientId: client, first: 2 }));
    const page2 = await ok(as('auditor')(CLIENT_LIST, { clientId: client, first: 2, after: page1.pageInfo.endCursor }));
    expect([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([dayOne[1].id, dayOne[0].id, laterInWeek.id, nextWeek.id]);
    expect([page1.totalCount, page1.pageInfo.hasNextPage, page2.pageInfo.hasNextPage]).toEqual([4, true, false]);
    const latest = await ok(as('auditor')(CLIENT_LIST, { clientId: client, from: at(base, 12), to: at(base + 7, 0), latestFirst: true }));
    expect(latest.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([laterInWeek.id, dayOne[0].id]);
    expect(latest.totalCount).toBe(2);

    const reads = await t.db.query(`SELECT entity_id FROM audit_event WHERE action = 'READ' AND entity_type = 'Appointment' AND actor_id = $1 AND client_id = $2`, [
      staffed.people.auditor.id,
      client,
    ]);
    expect(reads).toHaveLength(6);
    const calendarReads = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'READ' AND entity_type = 'Appointment' AND actor_id = $1`, [staffed.people.driver.id]);
    expect(calendarReads[0].n).toBeGreaterThanOrEqual(1);
  });
});
