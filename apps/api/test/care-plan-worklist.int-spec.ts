import { addDays, ASSESSMENTS_DUE_WINDOW_DAYS, DUE_WITHIN_DAYS_MAX, UPCOMING_WINDOW_DAYS } from '@waymark/shared/types';
import {
  backToNow,
  CANCEL_TASK,
  CLIENT_TASKS,
  COMPLETE_TASK,
  CREATE_TASK,
  enrolled,
  MY_TASKS,
  OVERDUE_BY_WORKER,
  REASSIGN_TASK,
  TASKS,
  taskAuditOf,
  travelTo,
  UPDATE_TASK,
  WORK_SUMMARY,
} from './support/care-plan-worklist-fixtures';
import { ASSIGN } from './support/client-operations';
import { clientOnCaseload, daysFromToday, newClient, ok, staffedAgency, type StaffedAgency, worker as newWorker } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

type Cast = 'supervisor' | 'caseManager' | 'otherCaseManager' | 'auditor';

/** Programs without deadlines: only the tasks a test writes are on these worklists. */
const NO_DEADLINES = {};

describe('care planning: the worklist', () => {
  let t: TestApp;
  let staffed: StaffedAgency<Cast>;
  const as = (who: Cast | 'admin' | 'stranger') => staffed.as(who);
  const cm = () => staffed.people.caseManager;
  const taskCount = async () => Number((await t.db.query(`SELECT count(*) FROM task WHERE agency_id = $1`, [staffed.agency.id]))[0].count);
  const create = (who: Cast | 'admin' | 'stranger', input: Record<string, unknown>) => as(who)(CREATE_TASK, { input: { title: 'Call the landlord', dueOn: daysFromToday(3), ...input } });

  beforeAll(async () => {
    t = await startTestApp();
    staffed = await staffedAgency(t, { supervisor: 'SUPERVISOR', caseManager: 'CASE_MANAGER', otherCaseManager: 'CASE_MANAGER', auditor: 'AUDITOR' });
  });
  /** Each dashboard tile counts what the list it opens shows: the same timing, kind and window. */
  const expectTilesToMatchLists = async (token: string) => {
    const summary = await ok(t.gql(WORK_SUMMARY, {}, { token }));
    const count = async (args: Record<string, unknown>) => (await ok(t.gql(MY_TASKS, { first: 1, ...args }, { token }))).totalCount;
    expect(await count({ timing: 'UPCOMING', dueWithinDays: UPCOMING_WINDOW_DAYS })).toBe(summary.upcoming);
    expect(await count({ kinds: ['ASSESSMENT_DUE'], dueWithinDays: ASSESSMENTS_DUE_WINDOW_DAYS })).toBe(summary.assessmentsDue);
    expect(await count({ timing: 'OVERDUE' })).toBe(summary.overdue);
    expect(await count({ timing: 'TODAY' })).toBe(summary.dueToday);
  };
  afterEach(() => backToNow(t));
  afterAll(() => t.close());

  it('a case manager writes a task about a client on their caseload, finds it on their worklist, changes and completes it; each step audited', async () => {
    const on = await enrolled(t, staffed, cm().id, { rules: NO_DEADLINES });
    const task = await ok(
      create('caseManager', { clientId: on.clientId, details: 'About the repairs', priority: 'HIGH', dueOn: daysFromToday(0), subjectType: 'ENROLLMENT', subjectId: on.enrollmentId }),
    );
    expect(task).toMatchObject({
      kind: 'MANUAL',
      status: 'OPEN',
      priority: 'HIGH',
      timing: 'TODAY',
      generated: false,
      assignee: { id: cm().id },
      client: { id: on.clientId },
      subjectType: 'ENROLLMENT',
      subjectId: on.enrollmentId,
      version: 1,
    });

    const mine = await ok(as('caseManager')(MY_TASKS, { timing: 'TODAY' }));
    expect(mine.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(task.id);
    expect(mine.edges.find((edge: { node: { id: string } }) => edge.node.id === task.id).node.client.displayName).toMatch(/^Test Client /);

    const moved = await ok(as('caseManager')(UPDATE_TASK, { input: { taskId: task.id, version: 1, dueOn: daysFromToday(5), details: null } }));
    expect(moved).toMatchObject({ version: 2, dueOn: daysFromToday(5), details: null, timing: 'UPCOMING' });
    const done = await ok(as('caseManager')(COMPLETE_TASK, { input: { taskId: task.id, version: 2, note: 'Landlord agreed' } }));
    expect(done).toMatchObject({ status: 'DONE', timing: null, completedBy: { id: cm().id }, completionNote: 'Landlord agreed' });

    const audit = (await taskAuditOf(t, on.clientId)).filter((row) => row.entity_id === task.id);
    expect(audit.map((row) => row.action)).toEqual(['CREATE', 'READ', 'UPDATE', 'UPDATE']);
    expect(audit[0].changes).toMatchObject({ title: { to: 'Call the landlord' }, detailsLength: { to: 17 }, dueOn: { to: daysFromToday(0) }, priority: { to: 'HIGH' } });
    expect(audit[2].changes).toEqual({ dueOn: { from: daysFromToday(0), to: daysFromToday(5) }, detailsLength: { from: 17, to: 0 } });
    expect(audit[3].changes).toMatchObject({ status: { from: 'OPEN', to: 'DONE' }, completionNoteLength: { to: 15 } });
    expect(audit.every((row) => row.actor_id === cm().id)).toBe(true);
  });

  it('refuses a task for another agency’s client, a day that is not a date, an assignee of another agency or no longer active, a record of another client, a client the caller may not change, and writes nothing', async () => {
    const before = await taskCount();
    const foreignClient = await newClient(t, staffed.people.stranger.token, { status: 'ACTIVE' });
    expect(codeOf(await create('supervisor', { clientId: foreignClient }))).toBe('NOT_FOUND');
    const notADay = await create('caseManager', { dueOn: '2027-02-30' });
    expect(notADay.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(codeOf(await create('caseManager', { dueOn: 'next week' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await create('supervisor', { assigneeId: staffed.people.stranger.id }))).toBe('NOT_FOUND');
    const leaver = await newWorker(t, staffed.agency, 'CASE_MANAGER');
    const [{ version }] = await t.db.query(`SELECT version FROM app_user WHERE id = $1`, [leaver.id]);
    await ok(as('admin')(`mutation ($input: UserVersionInput!) { deactivateUser(input: $input) { id } }`, { input: { userId: leaver.id, version } }));
    const inactive = await create('supervisor', { assigneeId: leaver.id });
    expect(inactive.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'assigneeId' }] });
    expect(codeOf(await create('caseManager', { assigneeId: staffed.people.otherCaseManager.id }))).toBe('FORBIDDEN');
    expect(codeOf(await create('caseManager', { subjectType: 'CARE_PLAN' }))).toBe('BAD_USER_INPUT');
    // The record a task concerns must be one of its client's.
    const mine = await enrolled(t, staffed, cm().id, { rules: NO_DEADLINES });
    const theirs = await enrolled(t, staffed, cm().id, { rules: NO_DEADLINES });
    const aboutOther = await create('caseManager', { clientId: mine.clientId, subjectType: 'ENROLLMENT', subjectId: theirs.enrollmentId });
    expect(aboutOther.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'subjectId' }] });
    expect(codeOf(await create('caseManager', { clientId: mine.clientId, subjectType: 'CARE_PLAN', subjectId: theirs.enrollmentId }))).toBe('NOT_FOUND');
    expect(codeOf(await create('caseManager', { subjectType: 'ENROLLMENT', subjectId: mine.enrollmentId }))).toBe('BAD_USER_INPUT');
    // A client not on the case manager's caseload, and an auditor, who never writes.
    const elsewhere = await clientOnCaseload(t, staffed.people.admin.token, staffed.people.otherCaseManager);
    expect(codeOf(await create('caseManager', { clientId: elsewhere }))).toBe('FORBIDDEN');
    expect(codeOf(await create('auditor', { clientId: elsewhere }))).toBe('FORBIDDEN');
    expect(codeOf(await create('auditor', {}))).toBe('FORBIDDEN');
    expect(await taskCount()).toBe(before);
  });

  it('refuses a stale version, a closed task and a task the caller may not see, changing nothing', async () => {
    const task = await ok(create('caseManager', {}));
    await ok(as('caseManager')(UPDATE_TASK, { input: { taskId: task.id, version: 1, title: 'Call the landlord again' } }));
    expect(codeOf(await as('caseManager')(UPDATE_TASK, { input: { taskId: task.id, version: 1, title: 'Stale' } }))).toBe('CONFLICT');
    expect(codeOf(await as('caseManager')(COMPLETE_TASK, { input: { taskId: task.id, version: 1 } }))).toBe('CONFLICT');
    expect(codeOf(await as('otherCaseManager')(COMPLETE_TASK, { input: { taskId: task.id, version: 2 } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('stranger')(CANCEL_TASK, { input: { taskId: task.id, version: 2, reason: 'Not needed' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('caseManager')(UPDATE_TASK, { input: { taskId: task.id, version: 2, title: null } }))).toBe('BAD_USER_INPUT');

    const cancelled = await ok(as('caseManager')(CANCEL_TASK, { input: { taskId: task.id, version: 2, reason: 'The landlord called first' } }));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', version: 3, completionNote: 'The landlord called first' });
    const again = await as('caseManager')(COMPLETE_TASK, { input: { taskId: task.id, version: 3 } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
    const [row] = await t.db.query(`SELECT status, version, title FROM task WHERE id = $1`, [task.id]);
    expect(row).toEqual({ status: 'CANCELLED', version: 3, title: 'Call the landlord again' });
  });

  it('supervisors see and reassign everyone’s work; case managers see their own and their caseload’s', async () => {
    const on = await enrolled(t, staffed, cm().id, { rules: NO_DEADLINES });
    const mineAboutClient = await ok(create('caseManager', { clientId: on.clientId, title: 'Mine' }));
    const othersPrivate = await ok(create('otherCaseManager', { title: 'Theirs' }));
    const forClient = await ok(create('supervisor', { clientId: on.clientId, assigneeId: staffed.people.otherCaseManager.id, title: 'About my client' }));

    const seen = async (who: Cast) => (await ok(as(who)(TASKS, { first: 100 }))).edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(await seen('caseManager')).toEqual(expect.arrayContaining([mineAboutClient.id, forClient.id]));
    expect(await seen('caseManager')).not.toContain(othersPrivate.id);
    expect(await seen('supervisor')).toEqual(expect.arrayContaining([mineAboutClient.id, othersPrivate.id, forClient.id]));

    expect(codeOf(await as('caseManager')(REASSIGN_TASK, { input: { taskId: othersPrivate.id, version: 1, assigneeId: cm().id } }))).toBe('FORBIDDEN');
    const reassigned = await ok(as('supervisor')(REASSIGN_TASK, { input: { taskId: othersPrivate.id, version: 1, assigneeId: cm().id } }));
    expect(reassigned).toMatchObject({ version: 2, assignee: { id: cm().id } });
    const [audit] = await t.db.query(`SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE'`, [othersPrivate.id]);
    expect(audit.changes).toEqual({ assigneeId: { from: staffed.people.otherCaseManager.id, to: cm().id } });

    const clientTasks = await ok(as('auditor')(CLIENT_TASKS, { clientId: on.clientId }));
    expect(clientTasks.map((task: { title: string }) => task.title).sort()).toEqual(['About my client', 'Mine']);
    expect(codeOf(await as('stranger')(CLIENT_TASKS, { clientId: on.clientId }))).toBe('NOT_FOUND');
  });

  it('a generated task that closes itself is not completed by hand, and only a supervisor cancels it, giving a reason; a visit is completed by hand', async () => {
    const on = await enrolled(t, staffed, cm().id);
    const tasks = await ok(as('caseManager')(CLIENT_TASKS, { clientId: on.clientId }));
    const assessment = tasks.find((task: { kind: string }) => task.kind === 'ASSESSMENT_DUE');
    const visit = tasks.find((task: { kind: string }) => task.kind === 'VISIT');
    const refused = await as('caseManager')(COMPLETE_TASK, { input: { taskId: assessment.id, version: assessment.version } });
    expect(refused.errors?.[0]).toMatchObject({ message: 'This task closes itself when the assessment is done.', extensions: { code: 'BAD_USER_INPUT' } });
    expect(codeOf(await as('supervisor')(COMPLETE_TASK, { input: { taskId: assessment.id, version: assessment.version } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('caseManager')(CANCEL_TASK, { input: { taskId: assessment.id, version: assessment.version, reason: 'Not needed' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('supervisor')(CANCEL_TASK, { input: { taskId: assessment.id, version: assessment.version, reason: ' ' } }))).toBe('BAD_USER_INPUT');
    const [unchanged] = await t.db.query(`SELECT status, version FROM task WHERE id = $1`, [assessment.id]);
    expect(unchanged).toEqual({ status: 'OPEN', version: assessment.version });

    const cancelled = await ok(as('supervisor')(CANCEL_TASK, { input: { taskId: assessment.id, version: assessment.version, reason: 'Assessed by the partner agency' } }));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', completionNote: 'Assessed by the partner agency', completedBy: { id: staffed.people.supervisor.id } });
    const visited = await ok(as('caseManager')(COMPLETE_TASK, { input: { taskId: visit.id, version: visit.version, note: 'Visited; written up on paper' } }));
    expect(visited).toMatchObject({ status: 'DONE', completedBy: { id: cm().id } });
  });

  it('after a caseload handover the former case manager no longer sees the client’s tasks, nor works them', async () => {
    const on = await enrolled(t, staffed, cm().id, { rules: NO_DEADLINES });
    const aboutClient = await ok(create('caseManager', { clientId: on.clientId, title: 'Call the client’s landlord' }));
    const own = await ok(create('caseManager', { title: 'Renew my badge' }));
    const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);
    expect(ids(await ok(as('caseManager')(MY_TASKS, { first: 100 })))).toEqual(expect.arrayContaining([aboutClient.id, own.id]));

    await ok(as('admin')(ASSIGN, { input: { enrollmentId: on.enrollmentId, version: on.version, caseManagerId: staffed.people.otherCaseManager.id, reason: 'Caseload balancing' } }));
    const mine = await ok(as('caseManager')(MY_TASKS, { first: 100 }));
    expect(ids(mine)).toContain(own.id);
    expect(ids(mine)).not.toContain(aboutClient.id);
    expect(ids(await ok(as('caseManager')(TASKS, { first: 100 })))).not.toContain(aboutClient.id);
    expect(codeOf(await as('caseManager')(COMPLETE_TASK, { input: { taskId: aboutClient.id, version: 1 } }))).toBe('NOT_FOUND');

    const theirs = await ok(as('otherCaseManager')(TASKS, { filter: { clientId: on.clientId } }));
    expect(theirs.edges.map((edge: { node: { id: string; client: { id: string } } }) => [edge.node.id, edge.node.client.id])).toEqual([[aboutClient.id, on.clientId]]);
  });

  it('lists the tasks of one enrollment on request, and refuses an enrollment id that is not one', async () => {
    const on = await enrolled(t, staffed, cm().id, { rules: NO_DEADLINES });
    const ofEnrollment = await ok(create('caseManager', { clientId: on.clientId, enrollmentId: on.enrollmentId, title: 'Plan the move' }));
    await ok(create('caseManager', { clientId: on.clientId, title: 'About the client only' }));
    const listed = await ok(as('caseManager')(TASKS, { filter: { enrollmentId: on.enrollmentId }, first: 10 }));
    expect(listed.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ofEnrollment.id]);
    expect(listed.edges[0].node).toMatchObject({ programName: 'Supported Living', instrumentName: null });
    expect(codeOf(await as('caseManager')(TASKS, { filter: { enrollmentId: 'not-an-id' }, first: 10 }))).toBe('BAD_USER_INPUT');
  });

  it('pages my tasks in due order with a total', async () => {
    const { agency } = staffed;
    const worker = await newWorker(t, agency, 'CASE_MANAGER');
    for (const days of [4, 1, 3, 2, 5]) {
      await ok(t.gql(CREATE_TASK, { input: { title: `In ${days} days`, dueOn: daysFromToday(days) } }, { token: worker.token }));
    }
    const first = await ok(t.gql(MY_TASKS, { first: 2 }, { token: worker.token }));
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['In 1 days', 'In 2 days']);
    const rest = await ok(t.gql(MY_TASKS, { first: 10, after: first.pageInfo.endCursor }, { token: worker.token }));
    expect(rest.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['In 3 days', 'In 4 days', 'In 5 days']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await t.gql(MY_TASKS, { after: 'not-a-cursor' }, { token: worker.token }))).toBe('BAD_USER_INPUT');
  });

  it('sums up my day on the agency clock, and shows supervisors who has overdue work', async () => {
    const worker = await newWorker(t, staffed.agency, 'CASE_MANAGER');
    await enrolled(t, staffed, worker.id, { rules: { deadlines: { assessmentDays: 20 } } });
    const today = daysFromToday(0);
    for (const [title, dueOn] of [
      ['Yesterday', addDays(today, -1)],
      ['Today', today],
      ['In a week', addDays(today, 7)],
      ['In a month', addDays(today, 30)],
    ]) {
      await ok(t.gql(CREATE_TASK, { input: { title, dueOn } }, { token: worker.token }));
    }
    expect(await ok(t.gql(WORK_SUMMARY, {}, { token: worker.token }))).toEqual({ overdue: 1, dueToday: 1, upcoming: 1, assessmentsDue: 1, caseload: 1 });
    await expectTilesToMatchLists(worker.token);

    // Eight days on, the week's task and the assessment (due on day 20 of the enrollment) have moved along.
    travelTo(t, addDays(today, 8));
    expect(await ok(t.gql(WORK_SUMMARY, {}, { token: worker.token }))).toEqual({ overdue: 3, dueToday: 0, upcoming: 0, assessmentsDue: 1, caseload: 1 });
    await expectTilesToMatchLists(worker.token);
    const overdue = await ok(as('supervisor')(OVERDUE_BY_WORKER));
    expect(overdue.find((row: { worker: { id: string } }) => row.worker.id === worker.id)).toEqual({
      worker: { id: worker.id, displayName: expect.any(String) },
      overdue: 3,
      escalated: 0,
      oldestDueOn: addDays(today, -1),
    });
    expect(overdue[0].overdue).toBeGreaterThanOrEqual(3);
    expect(codeOf(await as('caseManager')(OVERDUE_BY_WORKER))).toBe('FORBIDDEN');
  });

  it('narrows my tasks and the team list to those due within some days, on the agency clock, and refuses a window of no days or over a year', async () => {
    const worker = await newWorker(t, staffed.agency, 'CASE_MANAGER');
    const today = daysFromToday(0);
    for (const [title, dueOn] of [
      ['Last week', addDays(today, -7)],
      ['In 3 days', addDays(today, 3)],
      ['In 4 days', addDays(today, 4)],
      ['In 10 days', addDays(today, 10)],
    ]) {
      await ok(t.gql(CREATE_TASK, { input: { title, dueOn } }, { token: worker.token }));
    }
    const titles = (connection: { edges: { node: { title: string } }[] }) => connection.edges.map((edge) => edge.node.title);
    expect(titles(await ok(t.gql(MY_TASKS, { dueWithinDays: 3, first: 10 }, { token: worker.token })))).toEqual(['Last week', 'In 3 days']);
    expect(titles(await ok(t.gql(MY_TASKS, { timing: 'UPCOMING', dueWithinDays: 7, first: 10 }, { token: worker.token })))).toEqual(['In 3 days', 'In 4 days']);
    const filter = { assigneeId: worker.id, timing: 'UPCOMING', dueWithinDays: 7 };
    expect(titles(await ok(as('supervisor')(TASKS, { filter, first: 10 })))).toEqual(['In 3 days', 'In 4 days']);

    // A week on, the window moves with the clock.
    travelTo(t, addDays(today, 7));
    expect(titles(await ok(t.gql(MY_TASKS, { timing: 'UPCOMING', dueWithinDays: 7, first: 10 }, { token: worker.token })))).toEqual(['In 10 days']);

    for (const days of [0, -1, DUE_WITHIN_DAYS_MAX + 1]) {
      expect(codeOf(await t.gql(MY_TASKS, { dueWithinDays: days, first: 10 }, { token: worker.token }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await as('supervisor')(TASKS, { filter: { dueWithinDays: days }, first: 10 }))).toBe('BAD_USER_INPUT');
    }
    expect((await ok(t.gql(MY_TASKS, { dueWithinDays: DUE_WITHIN_DAYS_MAX, first: 10 }, { token: worker.token }))).totalCount).toBe(4);
  });
});
