import { MY_TASKS } from './support/care-plan-worklist-fixtures';
import { daysFromToday, hoursAgo, newClient, newProgram, ok, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { ASSIGN, CLOSE_ENROLLMENT, ENROLL } from './support/client-operations';
import { startTestApp, type TestApp } from './support/test-app';

const APPOINTMENT = 'id version status responsibleWorker { id } parties { id toldAt }';
const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { ${APPOINTMENT} } }`;
const TOLD = `mutation ($input: MarkAppointmentPartyToldInput!) { markAppointmentPartyTold(input: $input) { ${APPOINTMENT} } }`;
const OUTCOME = `mutation ($input: RecordAppointmentOutcomeInput!) { recordAppointmentOutcome(input: $input) { ${APPOINTMENT} } }`;
const CALENDAR = `query ($workerId: ID, $from: DateTime!, $to: DateTime!) { workerAppointments(workerId: $workerId, from: $from, to: $to) { id } }`;
const TRAINING = `mutation ($input: RecordCareTeamTrainingInput!) { recordCareTeamTraining(input: $input) { id trainees { id } } }`;
const LOG_CALL = `mutation ($input: LogEmergencyCallInput!) { logEmergencyCall(input: $input) { id } }`;

const ROLES = { supervisor: 'SUPERVISOR', caseManagerA: 'CASE_MANAGER', caseManagerB: 'CASE_MANAGER', onCallWorker: 'CASE_MANAGER' } as const;
const FIELD_WORK = ['APPOINTMENT_PREPARE', 'APPOINTMENT_OUTCOME', 'TRAINING_REFRESHER', 'ON_CALL_FOLLOW_UP'];

/** An instant `days` from today at `hour`:00 UTC. */
const at = (days: number, hour: number) => `${daysFromToday(days)}T${String(hour).padStart(2, '0')}:00:00.000Z`;

interface FieldTask {
  id: string;
  kind: string;
  status: string;
  enrollment_id: string | null;
  assignee_id: string | null;
  completion_note: string | null;
}

describe('field work follows the case: a new primary case manager takes it over, a closing enrollment cancels it', () => {
  let t: TestApp;
  let staffed: StaffedAgency<keyof typeof ROLES>;
  let as: StaffedAgency<keyof typeof ROLES>['as'];

  beforeAll(async () => {
    // The call's follow-up falls due on the next business morning where on call works; at UTC+14 that is never
    // today in UTC, so closing the enrollment today cancels it rather than being blocked by it whatever the hour.
    t = await startTestApp({ ON_CALL_TIME_ZONE: 'Pacific/Kiritimati' });
    staffed = await staffedAgency(t, ROLES);
    as = staffed.as;
  });
  afterAll(() => t.close());

  const id = (who: keyof typeof ROLES) => staffed.people[who].id;
  const fieldTasks = (clientId: string): Promise<FieldTask[]> =>
    t.db.query(`SELECT id, kind, status, enrollment_id, assignee_id, completion_note FROM task WHERE client_id = $1 AND kind = ANY($2) ORDER BY kind`, [clientId, FIELD_WORK]);
  const onWorklistOf = async (who: keyof typeof ROLES, clientId: string): Promise<string[]> =>
    (await ok(as(who)(MY_TASKS, { kinds: FIELD_WORK, first: 100 }))).edges.flatMap((e: { node: { id: string; client: { id: string } } }) => (e.node.client.id === clientId ? [e.node.id] : []));
  const enrolledWith = async (clientId: string, caseManager: keyof typeof ROLES) =>
    ok(
      as('admin')(ENROLL, {
        input: { clientId, programId: await newProgram(t, staffed.people.admin.token), openedOn: daysFromToday(-30), primaryCaseManagerId: id(caseManager), reason: 'Referral' },
      }),
    );

  it('hands an appointment’s reminders, a refresher and a call follow-up to the new case manager, then cancels them when the enrollment closes', async () => {
    const clientId = await newClient(t, staffed.people.admin.token, { status: 'ACTIVE' });
    const enrollment = await enrolledWith(clientId, 'caseManagerA');
    const booked = await ok(as('caseManagerA')(BOOK, { input: { clientId, kind: 'DOCTOR', startsAt: at(5, 15), endsAt: at(5, 16), parties: [{ party: 'NURSING_TEAM' }] } }));
    expect(booked.responsibleWorker).toEqual({ id: id('caseManagerA') });
    await ok(
      as('caseManagerA')(TRAINING, {
        input: { clientId, topic: 'MEDICATION_SUPPORT', description: 'Evening doses.', trainedOn: daysFromToday(-3), trainerName: 'Nurse Kim', trainees: [{ name: 'Lee Park', role: 'RESIDENTIAL_STAFF' }] },
      }),
    );
    await ok(
      as('onCallWorker')(LOG_CALL, {
        input: { receivedAt: hoursAgo(3), callerName: 'Rosa Díaz', callerRelation: 'FAMILY', clientId, whatHappened: 'A fall at home.', actionTaken: 'Talked it through.', severity: 'MODERATE', followUpNeeded: true },
      }),
    );

    const written = await fieldTasks(clientId);
    expect(written.map((task) => [task.kind, task.status, task.enrollment_id, task.assignee_id])).toEqual([
      ['APPOINTMENT_OUTCOME', 'OPEN', enrollment.id, id('caseManagerA')],
      ['APPOINTMENT_PREPARE', 'OPEN', enrollment.id, id('caseManagerA')],
      ['ON_CALL_FOLLOW_UP', 'OPEN', enrollment.id, id('caseManagerA')],
      ['TRAINING_REFRESHER', 'OPEN', enrollment.id, id('caseManagerA')],
    ]);
    const taskIds = written.map((task) => task.id).sort();
    expect((await onWorklistOf('caseManagerA', clientId)).sort()).toEqual(taskIds);

    const reassigned = await ok(as('supervisor')(ASSIGN, { input: { enrollmentId: enrollment.id, version: enrollment.version, caseManagerId: id('caseManagerB'), reason: 'Caseload balance' } }));
    expect((await onWorklistOf('caseManagerB', clientId)).sort()).toEqual(taskIds);
    expect(await onWorklistOf('caseManagerA', clientId)).toEqual([]);
    const handed = await t.db.query(`SELECT entity_id, changes FROM audit_event WHERE entity_type = 'Task' AND entity_id = ANY($1::text[]) AND changes ? 'assigneeId' AND action = 'UPDATE'`, [taskIds]);
    expect(handed).toHaveLength(taskIds.length);
    expect(handed[0].changes.assigneeId).toEqual({ from: id('caseManagerA'), to: id('caseManagerB') });
    // The calendar shows the appointment with whoever now prepares it.
    const moved = await ok(as('caseManagerB')(`query ($id: ID!) { appointment(id: $id) { ${APPOINTMENT} } }`, { id: booked.id }));
    expect(moved).toMatchObject({ responsibleWorker: { id: id('caseManagerB') }, version: booked.version + 1 });
    const calendar = (who: keyof typeof ROLES) => ok(as(who)(CALENDAR, { workerId: id(who), from: at(4, 0), to: at(7, 0) }));
    expect(await calendar('caseManagerB')).toEqual([{ id: booked.id }]);
    expect(await calendar('caseManagerA')).toEqual([]);
    const appointmentAudit = await t.db.query(`SELECT changes FROM audit_event WHERE entity_type = 'Appointment' AND entity_id = $1 AND action = 'UPDATE'`, [booked.id]);
    expect(appointmentAudit).toEqual([{ changes: { responsibleWorkerId: { from: id('caseManagerA'), to: id('caseManagerB') } } }]);

    await ok(as('supervisor')(CLOSE_ENROLLMENT, { input: { enrollmentId: enrollment.id, version: reassigned.version, closedOn: daysFromToday(0), closeReason: 'Moved away' } }));
    expect((await fieldTasks(clientId)).map((task) => [task.kind, task.status, task.completion_note])).toEqual([
      ['APPOINTMENT_OUTCOME', 'CANCELLED', 'The enrollment closed.'],
      ['APPOINTMENT_PREPARE', 'CANCELLED', 'The enrollment closed.'],
      ['ON_CALL_FOLLOW_UP', 'CANCELLED', 'The enrollment closed.'],
      ['TRAINING_REFRESHER', 'CANCELLED', 'The enrollment closed.'],
    ]);
    expect(await onWorklistOf('caseManagerB', clientId)).toEqual([]);
  });

  it('refuses to mark someone told on an appointment no longer scheduled, and writes nothing', async () => {
    const clientId = await newClient(t, staffed.people.admin.token, { status: 'ACTIVE' });
    await enrolledWith(clientId, 'caseManagerA');
    const booked = await ok(as('caseManagerA')(BOOK, { input: { clientId, kind: 'DOCTOR', startsAt: at(5, 15), endsAt: at(5, 16), parties: [{ party: 'GUARDIAN' }] } }));
    const cancelled = await ok(as('caseManagerA')(OUTCOME, { input: { appointmentId: booked.id, version: booked.version, outcome: 'CANCELLED', cancelledBy: 'CLIENT' } }));
    const auditBefore = (await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [booked.id]))[0].n;

    const refused = await as('caseManagerA')(TOLD, { input: { appointmentId: booked.id, version: cancelled.version, partyId: booked.parties[0].id, toldAt: hoursAgo(1), method: 'PHONE' } });
    expect(refused.errors?.[0].message).toContain('cancelled');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION', fields: [{ field: 'appointmentId' }] });
    const [row] = await t.db.query(`SELECT version, parties FROM appointment WHERE id = $1`, [booked.id]);
    expect(row.version).toBe(cancelled.version);
    expect(row.parties[0].toldAt).toBeNull();
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [booked.id]))[0].n).toBe(auditBefore);
  });
});
