import { randomUUID } from 'node:crypto';
import { addMonths, todayIsoDate } from '@waymark/shared/types';
import { clientOnCaseload, daysFromToday, newClient, ok, staffedAgency, type StaffedAgency, type Worker } from './support/client-fixtures';
import { ADD_CONTACT } from './support/client-operations';
import { codeOf, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const TRAINING = `id version clientId topic description trainedOn trainerName refreshMonths refreshDueOn voidedAt voidReason
  trainer { id } recordedBy { id } trainees { id name role contactId removedAt removalReason }`;
const RECORD = `mutation ($input: RecordCareTeamTrainingInput!) { recordCareTeamTraining(input: $input) { ${TRAINING} } }`;
const REMOVE = `mutation ($input: RemoveCareTeamTraineeInput!) { removeCareTeamTrainee(input: $input) { ${TRAINING} } }`;
const VOID = `mutation ($input: VoidCareTeamTrainingInput!) { voidCareTeamTraining(input: $input) { ${TRAINING} } }`;
const LIST = `query ($clientId: ID!, $first: Int, $after: String, $includeVoided: Boolean) {
  careTeamTrainings(clientId: $clientId, first: $first, after: $after, includeVoided: $includeVoided) { totalCount pageInfo { hasNextPage endCursor } edges { node { id trainedOn voidedAt trainees { name } } } }
}`;
const STATUS = `query ($clientId: ID!) {
  careTeamTrainingStatus(clientId: $clientId) { today topics members { personKey name role contactId cells { topic standing trainedOn refreshDueOn trainingId traineeId } } }
}`;
const MY_OVERDUE = `{ myTasks(timing: OVERDUE, kinds: [TRAINING_REFRESHER], first: 100) { edges { node { id kind timing dueOn subjectType subjectId status client { id } } } } }`;

const ROLES = { caseManager: 'CASE_MANAGER', supervisor: 'SUPERVISOR', auditor: 'AUDITOR', outsider: 'CASE_MANAGER' } as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

interface TaskRow {
  id: string;
  status: string;
  due_on: string;
  assignee_id: string | null;
  subject_type: string;
  subject_id: string;
  dedupe_key: string;
  completion_note: string | null;
}

describe('care-team training', () => {
  let t: TestApp;
  let agency: TestAgency;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let people: Record<Who, Worker>;
  let clientId: string;
  let motherId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ agency, people, as } = await staffedAgency(t, ROLES));
    clientId = await clientOnCaseload(t, people.admin.token, people.caseManager);
    motherId = (await ok(as('caseManager')(ADD_CONTACT, { input: { clientId, kind: 'FAMILY', relationship: 'mother', name: 'Rosa Díaz' } }))).id;
  });
  afterAll(() => t.close());

  const record = (input: Record<string, unknown> = {}, who: Who = 'caseManager') =>
    as(who)(RECORD, {
      input: {
        clientId,
        topic: 'MEDICATION_SUPPORT',
        description: 'Morning and evening doses, what to do when a dose is refused.',
        trainedOn: daysFromToday(-3),
        trainerId: people.caseManager.id,
        trainees: [{ name: `Staff ${randomUUID().slice(0, 6)}`, role: 'RESIDENTIAL_STAFF' }],
        ...input,
      },
    });
  const recorded = async (input: Record<string, unknown> = {}, who: Who = 'caseManager') => ok(record(input, who));
  const refreshers = (traineeIds: string[]): Promise<TaskRow[]> =>
    t.db.query(
      `SELECT id, status, to_char(due_on, 'YYYY-MM-DD') AS due_on, assignee_id, subject_type, subject_id, dedupe_key, completion_note
       FROM task WHERE kind = 'TRAINING_REFRESHER' AND subject_id = ANY($1::uuid[]) ORDER BY created_at, due_on`,
      [traineeIds],
    );
  const counts = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM care_team_training WHERE agency_id = $1)::int AS trainings, (SELECT count(*) FROM care_team_trainee WHERE agency_id = $1)::int AS trainees,
                (SELECT count(*) FROM task WHERE agency_id = $1 AND kind = 'TRAINING_REFRESHER')::int AS tasks, (SELECT count(*) FROM client_timeline_entry WHERE agency_id = $1 AND kind = 'TRAINING')::int AS lines`,
        [agency.id],
      )
    )[0];

  it('records a training for several people and schedules a refresher for each, on the case manager’s worklist', async () => {
    const trainedOn = daysFromToday(-10);
    const training = await recorded({
      trainedOn,
      trainees: [
        { name: ' Ana Ruiz ', role: 'RESIDENTIAL_STAFF' },
        { name: 'Ben Okafor', role: 'RESIDENTIAL_STAFF' },
        { name: 'Rosa Díaz', role: 'FAMILY', contactId: motherId },
      ],
    });
    const due = addMonths(trainedOn, 12);
    expect(training).toMatchObject({
      clientId,
      topic: 'MEDICATION_SUPPORT',
      trainedOn,
      refreshMonths: null,
      refreshDueOn: due,
      trainer: { id: people.caseManager.id },
      trainerName: null,
      recordedBy: { id: people.caseManager.id },
      trainees: [
        { name: 'Ana Ruiz', role: 'RESIDENTIAL_STAFF', contactId: null },
        { name: 'Ben Okafor', role: 'RESIDENTIAL_STAFF', contactId: null },
        { name: 'Rosa Díaz', role: 'FAMILY', contactId: motherId },
      ],
    });
    const traineeIds = training.trainees.map((p: { id: string }) => p.id);
    const tasks = await refreshers(traineeIds);
    expect(tasks).toHaveLength(3);
    for (const [i, task] of tasks.entries()) {
      expect(task).toMatchObject({ status: 'OPEN', due_on: due, assignee_id: people.caseManager.id, subject_type: 'TRAINING', subject_id: traineeIds[i] });
      expect(task.dedupe_key).toBe(`TRAINING_REFRESHER:${clientId}:MEDICATION_SUPPORT/${traineeIds[i]}@${due}`);
    }

    const timeline = await t.db.query(`SELECT kind, summary, actor_id FROM client_timeline_entry WHERE source_id = $1`, [training.id]);
    expect(timeline).toEqual([{ kind: 'TRAINING', summary: 'Care team trained on medication support (3 people)', actor_id: people.caseManager.id }]);
    const audit = await t.db.query(`SELECT action, actor_id, client_id, changes FROM audit_event WHERE entity_type = 'CareTeamTraining' AND entity_id = $1`, [training.id]);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        actor_id: people.caseManager.id,
        client_id: clientId,
        changes: expect.objectContaining({ topic: { to: 'MEDICATION_SUPPORT' }, trainees: { to: 3 }, refreshDueOn: { to: due }, descriptionLength: { to: 61 } }),
      }),
    ]);
    const taskAudit = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'Task' AND action = 'CREATE' AND entity_id = ANY($1::text[])`, [tasks.map((task) => task.id)]);
    expect(taskAudit[0].n).toBe(3);
  });

  it('puts an overdue refresher on the worklist as overdue; a newer training closes it as done and schedules the next', async () => {
    const longAgo = addMonths(todayIsoDate(), -14);
    const old = await recorded({ topic: 'ABUSE_NEGLECT_EXPLOITATION_REPORTING', trainedOn: longAgo, trainerId: null, trainerName: 'County APS trainer', trainees: [{ name: 'Carla Méndez', role: 'DAY_PROGRAM' }] });
    const oldTrainee = old.trainees[0].id;
    expect(old.refreshDueOn).toBe(addMonths(longAgo, 12));

    const overdue = (await ok(as('caseManager')(MY_OVERDUE))).edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(overdue).toContainEqual(expect.objectContaining({ kind: 'TRAINING_REFRESHER', timing: 'OVERDUE', dueOn: old.refreshDueOn, subjectType: 'TRAINING', subjectId: oldTrainee, status: 'OPEN', client: { id: clientId } }));
    const before = (await ok(as('caseManager')(STATUS, { clientId }))).members.find((m: { name: string }) => m.name === 'Carla Méndez');
    expect(before.cells.find((c: { topic: string }) => c.topic === 'ABUSE_NEGLECT_EXPLOITATION_REPORTING')).toMatchObject({ standing: 'OVERDUE', refreshDueOn: old.refreshDueOn, traineeId: oldTrainee });

    // The same person, written a little differently, refreshed today.
    const today = todayIsoDate();
    const fresh = await recorded({ topic: 'ABUSE_NEGLECT_EXPLOITATION_REPORTING', trainedOn: today, trainees: [{ name: 'carla  méndez', role: 'DAY_PROGRAM' }] });
    const [closed] = await refreshers([oldTrainee]);
    expect(closed).toMatchObject({ status: 'DONE', completion_note: `Refreshed by the training of ${today}` });
    const [next] = await refreshers([fresh.trainees[0].id]);
    expect(next).toMatchObject({ status: 'OPEN', due_on: addMonths(today, 12), assignee_id: people.caseManager.id });
    const after = (await ok(as('caseManager')(MY_OVERDUE))).edges.map((e: { node: { subjectId: string } }) => e.node.subjectId);
    expect(after).not.toContain(oldTrainee);
    const member = (await ok(as('caseManager')(STATUS, { clientId }))).members.find((m: { personKey: string }) => m.personKey === 'name:carla méndez');
    expect(member.cells.find((c: { topic: string }) => c.topic === 'ABUSE_NEGLECT_EXPLOITATION_REPORTING')).toMatchObject({ standing: 'CURRENT', trainedOn: today, trainingId: fresh.id });

    // Entering an older session afterwards is history: it schedules nothing and closes nothing.
    const history = await recorded({ topic: 'ABUSE_NEGLECT_EXPLOITATION_REPORTING', trainedOn: addMonths(today, -6), trainees: [{ name: 'Carla Méndez', role: 'DAY_PROGRAM' }] });
    expect(await refreshers([history.trainees[0].id])).toEqual([]);
    expect((await refreshers([fresh.trainees[0].id]))[0].status).toBe('OPEN');
    // Voiding the latest puts the refresher of the training before it (by day) back on the worklist.
    await ok(as('caseManager')(VOID, { input: { trainingId: fresh.id, version: fresh.version, reason: 'Entered twice' } }));
    expect((await refreshers([fresh.trainees[0].id]))[0]).toMatchObject({ status: 'CANCELLED', completion_note: 'Entered twice' });
    const historyDue = addMonths(addMonths(today, -6), 12);
    expect(await refreshers([history.trainees[0].id])).toEqual([
      expect.objectContaining({ status: 'OPEN', due_on: historyDue, dedupe_key: `TRAINING_REFRESHER:${clientId}:ABUSE_NEGLECT_EXPLOITATION_REPORTING/${history.trainees[0].id}@${historyDue}~${fresh.id}` }),
    ]);
    expect((await refreshers([oldTrainee]))[0].status).toBe('DONE');
  });

  it('puts back the refresher of the training before when a person is taken off their latest', async () => {
    const earlier = await recorded({ topic: 'BEHAVIOUR_PLAN', trainedOn: addMonths(todayIsoDate(), -13), trainees: [{ name: 'Ivy Tran', role: 'FAMILY' }] });
    const later = await recorded({ topic: 'BEHAVIOUR_PLAN', trainees: [{ name: 'Ivy Tran', role: 'FAMILY' }, { name: 'Jon Tran', role: 'FAMILY' }] });
    const [ivyEarlier, ivyLater] = [earlier.trainees[0].id, later.trainees[0].id];
    expect((await refreshers([ivyEarlier]))[0].status).toBe('DONE');
    await ok(as('caseManager')(REMOVE, { input: { trainingId: later.id, version: later.version, traineeId: ivyLater, reason: 'Left before the session' } }));
    expect((await refreshers([ivyLater]))[0]).toMatchObject({ status: 'CANCELLED' });
    const back = (await refreshers([ivyEarlier])).filter((task) => task.status === 'OPEN');
    expect(back).toEqual([expect.objectContaining({ due_on: earlier.refreshDueOn, assignee_id: people.caseManager.id })]);
    const overdue = (await ok(as('caseManager')(MY_OVERDUE))).edges.map((e: { node: { subjectId: string } }) => e.node.subjectId);
    expect(overdue).toContain(ivyEarlier);
    expect((await refreshers([later.trainees[1].id]))[0].status).toBe('OPEN');
  });

  it('takes the refresh from months, a date or the topic, and schedules none for OTHER unless given', async () => {
    const on = daysFromToday(-1);
    expect((await recorded({ topic: 'DIET', trainedOn: on })).refreshDueOn).toBe(addMonths(on, 24));
    expect((await recorded({ topic: 'DIET', trainedOn: on, refreshMonths: 6 })).refreshDueOn).toBe(addMonths(on, 6));
    expect((await recorded({ topic: 'DIET', trainedOn: on, refreshDueOn: daysFromToday(20) })).refreshDueOn).toBe(daysFromToday(20));
    const other = await recorded({ topic: 'OTHER', trainedOn: on });
    expect(other.refreshDueOn).toBeNull();
    expect(await refreshers([other.trainees[0].id])).toEqual([]);
    const otherGiven = await recorded({ topic: 'OTHER', trainedOn: on, refreshMonths: 3 });
    expect(await refreshers([otherGiven.trainees[0].id])).toEqual([expect.objectContaining({ status: 'OPEN', due_on: addMonths(on, 3) })]);
  });

  it('gives the refresher to whoever recorded it when the client has no case manager on an open enrollment', async () => {
    const unassigned = await newClient(t, people.admin.token, { status: 'ACTIVE' });
    const training = await recorded({ clientId: unassigned, trainerId: people.supervisor.id }, 'supervisor');
    expect(await refreshers([training.trainees[0].id])).toEqual([expect.objectContaining({ assignee_id: people.supervisor.id })]);
  });

  it('cancels the refresher of a person taken off, and every open one of a voided record, with the reason; a stale version changes nothing', async () => {
    const training = await recorded({
      trainees: [
        { name: 'Dana Lee', role: 'RESIDENTIAL_STAFF' },
        { name: 'Eli Park', role: 'RESIDENTIAL_STAFF' },
      ],
    });
    const [dana, eli] = training.trainees.map((p: { id: string }) => p.id);

    const removed = await ok(as('caseManager')(REMOVE, { input: { trainingId: training.id, version: training.version, traineeId: dana, reason: 'Was not at the session' } }));
    expect(removed.version).toBe(training.version + 1);
    expect(removed.trainees[0]).toMatchObject({ name: 'Dana Lee', removalReason: 'Was not at the session' });
    expect(removed.trainees[0].removedAt).not.toBeNull();
    expect((await refreshers([dana]))[0]).toMatchObject({ status: 'CANCELLED', completion_note: 'Was not at the session' });
    expect((await refreshers([eli]))[0].status).toBe('OPEN');

    const last = await as('caseManager')(REMOVE, { input: { trainingId: training.id, version: removed.version, traineeId: eli, reason: 'x' } });
    expect(last.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'traineeId', message: 'the last trainee' }] });
    const twice = await as('caseManager')(REMOVE, { input: { trainingId: training.id, version: removed.version, traineeId: dana, reason: 'x' } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'traineeId', message: 'already removed' }] });

    const row = async () => (await t.db.query(`SELECT version, voided_at FROM care_team_training WHERE id = $1`, [training.id]))[0];
    expect(codeOf(await as('caseManager')(VOID, { input: { trainingId: training.id, version: training.version, reason: 'Wrong client' } }))).toBe('CONFLICT');
    expect(await row()).toEqual({ version: removed.version, voided_at: null });
    expect((await refreshers([eli]))[0].status).toBe('OPEN');

    const voided = await ok(as('caseManager')(VOID, { input: { trainingId: training.id, version: removed.version, reason: 'Entered on the wrong client' } }));
    expect(voided).toMatchObject({ voidReason: 'Entered on the wrong client', version: removed.version + 1 });
    expect((await refreshers([eli]))[0]).toMatchObject({ status: 'CANCELLED', completion_note: 'Entered on the wrong client' });
    const again = await as('caseManager')(VOID, { input: { trainingId: training.id, version: voided.version, reason: 'again' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });

    const audit = await t.db.query(`SELECT action, reason, changes FROM audit_event WHERE entity_type = 'CareTeamTraining' AND entity_id = $1 AND action = 'UPDATE' ORDER BY id`, [training.id]);
    expect(audit).toEqual([
      expect.objectContaining({ reason: 'Was not at the session', changes: { removedTraineeId: { to: dana }, trainees: { from: 2, to: 1 } } }),
      expect.objectContaining({ reason: 'Entered on the wrong client', changes: { voidedAt: expect.objectContaining({ from: null }) } }),
    ]);
    const status = await ok(as('caseManager')(STATUS, { clientId }));
    expect(status.members.map((m: { name: string }) => m.name)).not.toContain('Eli Park');
    const listed = await ok(as('caseManager')(LIST, { clientId, first: 100, includeVoided: false }));
    expect(listed.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(training.id);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await counts();
    const many = Array.from({ length: 26 }, (_, i) => ({ name: `Person ${i}`, role: 'RESIDENTIAL_STAFF' }));
    const cases: [Record<string, unknown>, string][] = [
      [{ trainees: [] }, 'trainees'],
      [{ trainees: many }, 'trainees'],
      [{ trainees: [{ name: ' ', role: 'FAMILY' }] }, 'trainees.0.name'],
      [{ trainees: [{ name: 'n'.repeat(101), role: 'FAMILY' }] }, 'trainees.0.name'],
      [{ trainees: [{ name: 'Ann', role: 'FAMILY', contactId: 'not-an-id' }] }, 'trainees.0.contactId'],
      [{ description: 'x'.repeat(1001) }, 'description'],
      [{ description: '  ' }, 'description'],
      [{ trainedOn: daysFromToday(1) }, 'trainedOn'],
      [{ trainedOn: '2025-02-30' }, 'trainedOn'],
      [{ refreshDueOn: daysFromToday(-4) }, 'refreshDueOn'],
      [{ refreshDueOn: daysFromToday(40), refreshMonths: 6 }, 'refreshDueOn'],
      [{ refreshMonths: 61 }, 'refreshMonths'],
      [{ trainerName: 'Outside trainer' }, 'trainerId'],
      [{ trainerId: null }, 'trainerId'],
      [{ trainerId: null, trainerName: 'n'.repeat(101) }, 'trainerName'],
      [{ trainees: [{ name: 'Fay Wu', role: 'FAMILY' }, { name: 'fay  wu', role: 'FAMILY' }] }, 'trainees.1.name'],
      [{ trainees: [{ name: 'Rosa', role: 'FAMILY', contactId: motherId }, { name: 'Mom', role: 'FAMILY', contactId: motherId }] }, 'trainees.1.name'],
    ];
    for (const [input, field] of cases) {
      const res = await record(input);
      expect([field, res.errors?.[0].extensions.code]).toEqual([field, 'BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions.fields).toContainEqual(expect.objectContaining({ field }));
    }
    expect(codeOf(await record({ topic: 'KNITTING' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record({ trainees: [{ name: 'Ann', role: 'NEIGHBOUR' }] }))).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it("answers NOT_FOUND for another agency's client, contact and worker and for unknown ids, and keeps others out of writing", async () => {
    const theirClient = await newClient(t, people.stranger.token, { status: 'ACTIVE' });
    const theirContact = (await ok(t.gql(ADD_CONTACT, { input: { clientId: theirClient, kind: 'FAMILY', relationship: 'father', name: 'Their Dad' } }, { token: people.stranger.token }))).id;
    const theirs = await ok(t.gql(RECORD, { input: { clientId: theirClient, topic: 'DIET', description: 'd', trainedOn: daysFromToday(0), trainerName: 'T', trainees: [{ name: 'A', role: 'FAMILY' }] } }, { token: people.stranger.token }));
    const otherClient = await clientOnCaseload(t, people.admin.token, people.caseManager);
    const otherClientsContact = (await ok(as('caseManager')(ADD_CONTACT, { input: { clientId: otherClient, kind: 'FAMILY', relationship: 'aunt', name: 'Aunt May' } }))).id;
    const before = await counts();

    expect(codeOf(await record({ clientId: theirClient }))).toBe('NOT_FOUND');
    expect(codeOf(await record({ trainees: [{ name: 'Their Dad', role: 'FAMILY', contactId: theirContact }] }))).toBe('NOT_FOUND');
    expect(codeOf(await record({ trainees: [{ name: 'Aunt May', role: 'FAMILY', contactId: otherClientsContact }] }))).toBe('NOT_FOUND');
    expect(codeOf(await record({ trainees: [{ name: 'Nobody', role: 'FAMILY', contactId: randomUUID() }] }))).toBe('NOT_FOUND');
    expect(codeOf(await record({ trainerId: people.stranger.id }))).toBe('NOT_FOUND');
    expect(codeOf(await record({ trainerId: randomUUID() }))).toBe('NOT_FOUND');
    expect(codeOf(await record({ clientId: randomUUID() }))).toBe('NOT_FOUND');
    expect(codeOf(await as('caseManager')(VOID, { input: { trainingId: theirs.id, version: 1, reason: 'r' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('caseManager')(REMOVE, { input: { trainingId: theirs.id, version: 1, traineeId: theirs.trainees[0].id, reason: 'r' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('caseManager')(LIST, { clientId: theirClient }))).toBe('NOT_FOUND');
    expect(codeOf(await as('caseManager')(STATUS, { clientId: theirClient }))).toBe('NOT_FOUND');
    expect(codeOf(await record({}, 'auditor'))).toBe('FORBIDDEN');
    expect(codeOf(await record({}, 'outsider'))).toBe('FORBIDDEN');
    expect(codeOf(await as('outsider')(STATUS, { clientId }))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    expect((await t.db.query(`SELECT voided_at FROM care_team_training WHERE id = $1`, [theirs.id]))[0].voided_at).toBeNull();
  });

  it('shows the team topic by person — current, due soon, overdue, never trained — and lists the history a page at a time, each read audited', async () => {
    const client = await clientOnCaseload(t, people.admin.token, people.caseManager);
    const base = { clientId: client, trainerId: people.supervisor.id };
    const seizure = await recorded({ ...base, topic: 'SEIZURE_PROTOCOL', trainedOn: addMonths(todayIsoDate(), -13), trainees: [{ name: 'Gail', role: 'RESIDENTIAL_STAFF' }, { name: 'Hugo', role: 'SCHOOL' }] });
    const diet = await recorded({ ...base, topic: 'DIET', trainedOn: daysFromToday(-2), refreshDueOn: daysFromToday(10), trainees: [{ name: 'Gail', role: 'RESIDENTIAL_STAFF' }] });
    const behaviour = await recorded({ ...base, topic: 'BEHAVIOUR_PLAN', trainedOn: daysFromToday(-1), trainees: [{ name: 'Hugo', role: 'SCHOOL' }] });

    const status = await ok(as('auditor')(STATUS, { clientId: client }));
    expect(status.today).toBe(todayIsoDate());
    expect(status.topics).toEqual(['DIET', 'BEHAVIOUR_PLAN', 'SEIZURE_PROTOCOL']);
    const standings = Object.fromEntries(status.members.map((m: { name: string; cells: { standing: string }[] }) => [m.name, m.cells.map((c) => c.standing)]));
    expect(standings).toEqual({ Gail: ['DUE_SOON', 'NEVER_TRAINED', 'OVERDUE'], Hugo: ['NEVER_TRAINED', 'CURRENT', 'OVERDUE'] });
    expect(status.members[0].cells[0]).toMatchObject({ trainingId: diet.id, refreshDueOn: daysFromToday(10), traineeId: diet.trainees[0].id });
    expect(status.members[1].cells[2]).toMatchObject({ trainingId: seizure.id });

    const page1 = await ok(as('auditor')(LIST, { clientId: client, first: 2 }));
    const page2 = await ok(as('auditor')(LIST, { clientId: client, first: 2, after: page1.pageInfo.endCursor }));
    expect([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([behaviour.id, diet.id, seizure.id]);
    expect([page1.totalCount, page2.totalCount, page1.pageInfo.hasNextPage, page2.pageInfo.hasNextPage]).toEqual([3, 3, true, false]);
    expect(page2.edges[0].node.trainees.map((p: { name: string }) => p.name)).toEqual(['Gail', 'Hugo']);
    expect(codeOf(await as('auditor')(LIST, { clientId: client, after: 'garbage' }))).toBe('BAD_USER_INPUT');

    const reads = await t.db.query(`SELECT entity_id FROM audit_event WHERE action = 'READ' AND entity_type = 'CareTeamTraining' AND actor_id = $1 AND client_id = $2`, [people.auditor.id, client]);
    expect(reads.map((r: { entity_id: string | null }) => r.entity_id).sort()).toEqual([null, behaviour.id, diet.id, seizure.id].sort());
  });
});
