import { addDays, addMonths } from '@waymark/shared/types';
import { completed, publish } from './support/care-plan-assessment-fixtures';
import { activePlan, APPROVE, CLOSE, draftWithGoal, type Plan, RETURN, REVISE, SUBMIT, UPDATE_PLAN } from './support/care-plan-plan-fixtures';
import {
  backToNow,
  CREATE_TASK,
  deactivate,
  enrolled,
  openKeys,
  REASSIGN_TASK,
  RECORD_PERSON_DIRECTED_PLAN,
  sweep,
  TASKS,
  taskAuditOf,
  tasksOf,
  travelTo,
} from './support/care-plan-worklist-fixtures';
import { daysAgo, daysFromToday, ok, staffedAgency, type StaffedAgency, worker as newWorker } from './support/client-fixtures';
import { ASSIGN, CLOSE_ENROLLMENT, CREATE_NOTE, SIGN_NOTE } from './support/client-operations';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

type Cast = 'supervisor' | 'caseManager' | 'otherCaseManager';

describe('care planning: every deadline the program rules generate, on a controllable clock', () => {
  let t: TestApp;
  let staffed: StaffedAgency<Cast>;
  const as = (who: Cast | 'admin' | 'stranger') => staffed.as(who);
  const cm = () => staffed.people.caseManager;
  const enroll = (options: { rules?: Record<string, unknown>; daysAgo?: number } = {}) => enrolled(t, staffed, cm().id, options);
  const key = (kind: string, subjectId: string, period: string) => `${kind}:${subjectId}:${period}`;

  beforeAll(async () => {
    t = await startTestApp();
    staffed = await staffedAgency(t, { supervisor: 'SUPERVISOR', caseManager: 'CASE_MANAGER', otherCaseManager: 'CASE_MANAGER' });
  });
  afterEach(() => backToNow(t));
  afterAll(() => t.close());

  it('opening an enrollment makes its first assessment, first visit and first monitoring due, for its primary case manager, and sweeping again makes nothing new', async () => {
    const on = await enroll();
    const e = on.enrollmentId;
    const expected = [
      { kind: 'ASSESSMENT_DUE', dedupe_key: key('ASSESSMENT_DUE', e, 'initial'), due_on: addDays(on.openedOn, 30) },
      { kind: 'VISIT', dedupe_key: key('VISIT', e, addDays(on.openedOn, 30)), due_on: addDays(on.openedOn, 30) },
      { kind: 'QUARTERLY_MONITORING', dedupe_key: key('QUARTERLY_MONITORING', e, addMonths(on.openedOn, 3)), due_on: addMonths(on.openedOn, 3) },
    ].map((task) => ({ ...task, status: 'OPEN', assignee_id: cm().id, escalated: false }));
    expect(await tasksOf(t, e)).toEqual(expected);

    await sweep(t, staffed.agency.id);
    await sweep(t, staffed.agency.id);
    expect(await tasksOf(t, e)).toEqual(expected);
    const audit = await taskAuditOf(t, on.clientId);
    expect(audit.map((row) => row.action)).toEqual(['CREATE', 'CREATE', 'CREATE']);
    expect(audit[0].changes).toMatchObject({ kind: { to: 'ASSESSMENT_DUE' }, dueOn: { to: addDays(on.openedOn, 30) }, assigneeId: { to: cm().id } });
  });

  it('completing the first assessment closes its task, puts a plan due planDays later and the renewal at the next due date', async () => {
    const on = await enroll({ daysAgo: 20 });
    const e = on.enrollmentId;
    const instrument = await publish(t, staffed.people.admin.token);
    const completedOn = addDays(on.openedOn, 5);
    await completed(t, cm().token, { clientId: on.clientId, instrumentId: instrument.id, enrollmentId: e }, { housing: 'stable', meals: 1 }, completedOn);

    const tasks = await tasksOf(t, e);
    expect(tasks.find((task) => task.dedupe_key === key('ASSESSMENT_DUE', e, 'initial'))).toMatchObject({ status: 'DONE' });
    expect(tasks).toContainEqual(expect.objectContaining({ dedupe_key: key('PLAN_DUE', e, 'initial'), due_on: addDays(completedOn, 14), status: 'OPEN' }));
    const renewOn = addMonths(completedOn, 12);
    expect(tasks).toContainEqual(expect.objectContaining({ dedupe_key: key('ASSESSMENT_DUE', e, `SOCIAL_NEEDS@${renewOn}`), due_on: renewOn, status: 'OPEN' }));
    // The renewal names the instrument as staff know it, and carries the facts its title is made of for the SPA to word.
    const open = await ok(as('caseManager')(TASKS, { filter: { enrollmentId: e }, first: 10 }));
    expect(open.edges.map((edge: { node: Record<string, unknown> }) => edge.node)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'PLAN_DUE', title: 'Put a care plan in place for Supported Living', programName: 'Supported Living', instrumentName: null }),
        expect.objectContaining({ kind: 'ASSESSMENT_DUE', title: `Renew the ${instrument.name}`, programName: 'Supported Living', instrumentName: instrument.name }),
      ]),
    );

    // A year on, the renewal is done the same way: the task closes and the next renewal appears.
    travelTo(t, renewOn);
    await completed(t, cm().token, { clientId: on.clientId, instrumentId: instrument.id, enrollmentId: e }, { housing: 'stable', meals: 0 }, renewOn);
    const renewed = await tasksOf(t, e);
    expect(renewed.find((task) => task.dedupe_key === key('ASSESSMENT_DUE', e, `SOCIAL_NEEDS@${renewOn}`))).toMatchObject({ status: 'DONE' });
    expect(await openKeys(t, e)).toContain(key('ASSESSMENT_DUE', e, `SOCIAL_NEEDS@${addMonths(renewOn, 12)}`));
  });

  it('a submitted plan waits in the supervisors’ queue until approved or returned; approving closes the plan deadline and puts its review due', async () => {
    const on = await enroll({ daysAgo: 20 });
    const e = on.enrollmentId;
    const supervisor = staffed.people.supervisor;
    const instrument = await publish(t, staffed.people.admin.token);
    await completed(t, cm().token, { clientId: on.clientId, instrumentId: instrument.id, enrollmentId: e }, { housing: 'stable', meals: 1 }, addDays(on.openedOn, 5));

    const draft = await draftWithGoal(t, cm().token, e, on.openedOn);
    const submitted = await ok<Plan>(as('caseManager')(SUBMIT, { input: { carePlanId: draft.id, version: draft.version } }));
    const approvals = async () => (await tasksOf(t, e)).filter((task) => task.kind === 'PLAN_APPROVAL');
    expect(await approvals()).toEqual([
      expect.objectContaining({ dedupe_key: expect.stringMatching(new RegExp(`^PLAN_APPROVAL:${draft.id}:`)), due_on: addDays(daysFromToday(0), 3), status: 'OPEN', assignee_id: null }),
    ]);
    const queue = await ok(as('supervisor')(TASKS, { filter: { unassigned: true, clientId: on.clientId } }));
    expect(queue.edges.map((edge: { node: unknown }) => edge.node)).toEqual([expect.objectContaining({ kind: 'PLAN_APPROVAL', subjectType: 'CARE_PLAN', subjectId: draft.id, assignee: null })]);

    // Returned, the approval leaves the queue; submitted again, it comes back as a new task.
    const returned = await ok<Plan>(as('supervisor')(RETURN, { input: { carePlanId: draft.id, version: submitted.version, note: 'Add a measurable objective' } }));
    expect((await approvals()).map((task) => task.status)).toEqual(['DONE']);
    const again = await ok<Plan>(as('caseManager')(SUBMIT, { input: { carePlanId: draft.id, version: returned.version } }));
    expect((await approvals()).map((task) => task.status).sort()).toEqual(['DONE', 'OPEN']);

    const approved = await ok<Plan>(t.gql(APPROVE, { input: { carePlanId: draft.id, version: again.version } }, { token: supervisor.token }));
    const reviewDueOn = addMonths(on.openedOn, 6);
    expect(approved).toMatchObject({ status: 'ACTIVE', reviewDueOn });
    const tasks = await tasksOf(t, e);
    expect(tasks.filter((task) => task.kind === 'PLAN_APPROVAL').map((task) => task.status)).toEqual(['DONE', 'DONE']);
    expect(tasks.find((task) => task.kind === 'PLAN_DUE')).toMatchObject({ status: 'DONE' });
    expect(tasks).toContainEqual(expect.objectContaining({ dedupe_key: key('PLAN_REVIEW', e, reviewDueOn), due_on: reviewDueOn, status: 'OPEN', assignee_id: cm().id }));

    // Approving a revision with a later review closes this review and puts the next one due.
    const nextReview = addMonths(reviewDueOn, 6);
    const revision = await ok<Plan>(as('caseManager')(REVISE, { input: { carePlanId: approved.id, version: approved.version } }));
    const moved = await ok<Plan>(as('caseManager')(UPDATE_PLAN, { input: { carePlanId: revision.id, version: revision.version, reviewDueOn: nextReview } }));
    const resubmitted = await ok<Plan>(as('caseManager')(SUBMIT, { input: { carePlanId: moved.id, version: moved.version } }));
    await ok(as('supervisor')(APPROVE, { input: { carePlanId: resubmitted.id, version: resubmitted.version } }));
    const reviews = (await tasksOf(t, e)).filter((task) => task.kind === 'PLAN_REVIEW');
    expect(reviews.map((task) => [task.due_on, task.status])).toEqual([
      [reviewDueOn, 'DONE'],
      [nextReview, 'OPEN'],
    ]);
    await sweep(t, staffed.agency.id);
    expect(await tasksOf(t, e)).toHaveLength(tasks.length + 2);
  });

  it('a person-directed plan received puts the implementation plan due N days later, until a plan is approved', async () => {
    const on = await enroll({ daysAgo: 20 });
    const e = on.enrollmentId;
    const receivedOn = daysFromToday(-2);
    const recorded = await ok(as('caseManager')(RECORD_PERSON_DIRECTED_PLAN, { input: { enrollmentId: e, receivedOn, note: 'From the support coordinator' } }));
    expect(recorded).toMatchObject({ clientId: on.clientId, enrollmentId: e, receivedOn });
    expect(await tasksOf(t, e)).toContainEqual(
      expect.objectContaining({ kind: 'IMPLEMENTATION_PLAN_DUE', dedupe_key: key('IMPLEMENTATION_PLAN_DUE', e, receivedOn), due_on: addDays(receivedOn, 10), status: 'OPEN' }),
    );
    const [audit] = await t.db.query(`SELECT action, client_id, changes FROM audit_event WHERE entity_id = $1`, [recorded.id]);
    expect(audit).toMatchObject({ action: 'CREATE', client_id: on.clientId, changes: { receivedOn: { to: receivedOn }, noteLength: { to: 28 } } });

    await activePlan(t, cm(), staffed.people.supervisor, e, on.openedOn);
    expect((await tasksOf(t, e)).find((task) => task.kind === 'IMPLEMENTATION_PLAN_DUE')).toMatchObject({ status: 'DONE' });
  });

  it('refuses a person-directed plan received in the future, on another agency’s enrollment or on a closed one, writing nothing', async () => {
    const on = await enroll({ daysAgo: 20 });
    const record = (who: Cast | 'stranger', input: Record<string, unknown>) =>
      as(who)(RECORD_PERSON_DIRECTED_PLAN, { input: { enrollmentId: on.enrollmentId, receivedOn: daysFromToday(0), ...input } });
    const future = await record('caseManager', { receivedOn: daysFromToday(1) });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'receivedOn' }] });
    expect(codeOf(await record('caseManager', { receivedOn: '2027-02-30' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record('stranger', {}))).toBe('NOT_FOUND');
    expect(codeOf(await record('otherCaseManager', {}))).toBe('FORBIDDEN');
    expect(await t.db.query(`SELECT id FROM person_directed_plan WHERE enrollment_id = $1`, [on.enrollmentId])).toEqual([]);
    expect((await tasksOf(t, on.enrollmentId)).filter((task) => task.kind === 'IMPLEMENTATION_PLAN_DUE')).toEqual([]);

    await ok(as('admin')(CLOSE_ENROLLMENT, { input: { enrollmentId: on.enrollmentId, version: on.version, closedOn: daysFromToday(0), closeReason: 'Moved away' } }));
    const closed = await record('caseManager', {});
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'enrollmentId' }] });
    expect(await t.db.query(`SELECT id FROM person_directed_plan WHERE enrollment_id = $1`, [on.enrollmentId])).toEqual([]);
  });

  it('a signed home visit closes the visit due and makes the next one everyDays later; a phone call does not count', async () => {
    const on = await enroll({ daysAgo: 10 });
    const e = on.enrollmentId;
    const note = async (noteType: string, occurredAt: string) => {
      const created = await ok(as('caseManager')(CREATE_NOTE, { input: { clientId: on.clientId, enrollmentId: e, noteType, occurredAt, narrative: 'Saw the client.' } }));
      await ok(as('caseManager')(SIGN_NOTE, { input: { noteId: created.id, version: created.version } }));
    };
    const firstVisit = addDays(on.openedOn, 30);
    await note('PHONE_CALL', daysAgo(2));
    expect(await openKeys(t, e)).toContain(key('VISIT', e, firstVisit));

    await note('HOME_VISIT', daysAgo(1));
    const nextVisit = addDays(daysFromToday(-1), 30);
    const visits = (await tasksOf(t, e)).filter((task) => task.kind === 'VISIT');
    expect(visits.map((task) => [task.dedupe_key, task.status])).toEqual(
      [
        [key('VISIT', e, firstVisit), 'DONE'],
        [key('VISIT', e, nextVisit), 'OPEN'],
      ].sort((a, b) => a[0].localeCompare(b[0])),
    );
    await sweep(t, staffed.agency.id);
    expect((await tasksOf(t, e)).filter((task) => task.kind === 'VISIT')).toHaveLength(2);
  });

  it('monitoring recurs every monitoringEveryMonths: once a period’s date passes the next one appears and the late one is escalated', async () => {
    const on = await enroll();
    const e = on.enrollmentId;
    const first = addMonths(on.openedOn, 3);
    travelTo(t, addDays(first, 1));
    await sweep(t, staffed.agency.id);
    const monitoring = (await tasksOf(t, e)).filter((task) => task.kind === 'QUARTERLY_MONITORING');
    expect(monitoring).toEqual([
      expect.objectContaining({ dedupe_key: key('QUARTERLY_MONITORING', e, first), status: 'OPEN', escalated: true }),
      expect.objectContaining({ dedupe_key: key('QUARTERLY_MONITORING', e, addMonths(on.openedOn, 6)), status: 'OPEN', escalated: false }),
    ]);
  });

  it('escalates each overdue task once, in the audit trail as the system, and supervisors find the escalated tasks', async () => {
    const on = await enroll();
    const e = on.enrollmentId;
    const assessmentDue = addDays(on.openedOn, 30);
    travelTo(t, addDays(assessmentDue, 2));
    await sweep(t, staffed.agency.id);
    await sweep(t, staffed.agency.id);
    const overdue = (await tasksOf(t, e)).filter((task) => task.escalated);
    expect(overdue.map((task) => task.kind).sort()).toEqual(['ASSESSMENT_DUE', 'VISIT']);
    const escalations = (await taskAuditOf(t, on.clientId)).filter((row) => 'escalatedAt' in row.changes);
    expect(escalations).toHaveLength(2);
    expect(escalations[0]).toMatchObject({ action: 'UPDATE', actor_type: 'SYSTEM' });

    const escalated = await ok(as('supervisor')(TASKS, { filter: { escalated: true, clientId: on.clientId } }));
    expect(escalated.totalCount).toBe(2);
    expect(escalated.edges[0].node).toMatchObject({ timing: 'OVERDUE', assignee: { id: cm().id } });
  });

  it('closing the enrollment cancels its recurring work and the hand-written tasks due later, saying why, and makes the follow-ups at 30, 60 and 90 days', async () => {
    const on = await enroll({ daysAgo: 10 });
    const e = on.enrollmentId;
    const closedOn = daysFromToday(0);
    const manual = await ok(as('caseManager')(CREATE_TASK, { input: { title: 'Send the records on', dueOn: daysFromToday(5), priority: 'NORMAL', enrollmentId: e } }));
    await ok(as('admin')(CLOSE_ENROLLMENT, { input: { enrollmentId: e, version: on.version, closedOn, closeReason: 'Goals met' } }));
    const tasks = await tasksOf(t, e);
    expect(tasks.filter((task) => task.kind !== 'FOLLOW_UP').map((task) => [task.kind, task.status])).toEqual([
      ['MANUAL', 'CANCELLED'],
      ['ASSESSMENT_DUE', 'CANCELLED'],
      ['VISIT', 'CANCELLED'],
      ['QUARTERLY_MONITORING', 'CANCELLED'],
    ]);
    expect(tasks.filter((task) => task.kind === 'FOLLOW_UP').map((task) => [task.dedupe_key, task.due_on, task.status])).toEqual(
      [30, 60, 90].map((days) => [key('FOLLOW_UP', e, addDays(closedOn, days)), addDays(closedOn, days), 'OPEN']),
    );
    const [cancelled] = await t.db.query(`SELECT completion_note FROM task WHERE id = $1`, [manual.id]);
    expect(cancelled.completion_note).toBe('The enrollment closed.');
    const audit = (await taskAuditOf(t, on.clientId)).filter((row) => row.entity_id === manual.id);
    expect(audit.map((row) => [row.action, row.changes.status])).toEqual([
      ['CREATE', undefined],
      ['UPDATE', { from: 'OPEN', to: 'CANCELLED' }],
    ]);
    await sweep(t, staffed.agency.id);
    expect(await tasksOf(t, e)).toHaveLength(7);
  });

  it('a task whose subject went away is cancelled saying why, not marked done', async () => {
    const on = await enroll({ daysAgo: 20 });
    const plan = await activePlan(t, cm(), staffed.people.supervisor, on.enrollmentId, on.openedOn);
    expect((await tasksOf(t, on.enrollmentId)).find((task) => task.kind === 'PLAN_DUE')).toBeUndefined();
    await ok(as('caseManager')(CLOSE, { input: { carePlanId: plan.id, version: plan.version, reason: 'Services ended' } }));
    const [review] = await t.db.query(`SELECT status, completion_note FROM task WHERE enrollment_id = $1 AND kind = 'PLAN_REVIEW'`, [on.enrollmentId]);
    expect(review).toEqual({ status: 'CANCELLED', completion_note: 'The care plan it concerned was closed or withdrawn.' });
  });

  it('a case closed longer ago than its last follow-up gets no late follow-ups', async () => {
    const on = await enroll({ rules: { followUpDays: [30, 60, 90] }, daysAgo: 200 });
    await ok(as('admin')(CLOSE_ENROLLMENT, { input: { enrollmentId: on.enrollmentId, version: on.version, closedOn: daysFromToday(-91), closeReason: 'Moved away' } }));
    await sweep(t, staffed.agency.id);
    expect(await tasksOf(t, on.enrollmentId)).toEqual([]);
  });

  it('a supervisor’s reassignment of generated work stays through sweeps; a new primary case manager takes over only what the previous one held', async () => {
    const on = await enroll();
    const e = on.enrollmentId;
    const { supervisor, otherCaseManager: other } = staffed.people;
    const [visit] = await t.db.query(`SELECT id, version FROM task WHERE enrollment_id = $1 AND kind = 'VISIT'`, [e]);
    await ok(as('supervisor')(REASSIGN_TASK, { input: { taskId: visit.id, version: visit.version, assigneeId: supervisor.id } }));
    await sweep(t, staffed.agency.id);
    const holders = async () => (await tasksOf(t, e)).map((task) => [task.kind, task.assignee_id]);
    expect(await holders()).toEqual([
      ['ASSESSMENT_DUE', cm().id],
      ['VISIT', supervisor.id],
      ['QUARTERLY_MONITORING', cm().id],
    ]);

    await ok(as('admin')(ASSIGN, { input: { enrollmentId: e, version: on.version, caseManagerId: other.id, reason: 'Caseload balancing' } }));
    await sweep(t, staffed.agency.id);
    expect(await holders()).toEqual([
      ['ASSESSMENT_DUE', other.id],
      ['VISIT', supervisor.id],
      ['QUARTERLY_MONITORING', other.id],
    ]);
    const handovers = (await taskAuditOf(t, on.clientId)).filter((row) => 'assigneeId' in row.changes && row.action === 'UPDATE');
    expect(handovers.map((row) => row.changes.assigneeId)).toEqual([
      { from: cm().id, to: supervisor.id },
      { from: cm().id, to: other.id },
      { from: cm().id, to: other.id },
    ]);
  });

  it('while the primary case manager is no longer active, new generated work waits in the supervisors’ queue', async () => {
    const leaver = await newWorker(t, staffed.agency, 'CASE_MANAGER');
    const on = await enrolled(t, staffed, leaver.id);
    await deactivate(t, staffed, leaver.id);
    const first = addMonths(on.openedOn, 3);
    travelTo(t, addDays(first, 1));
    await sweep(t, staffed.agency.id);
    const monitoring = (await tasksOf(t, on.enrollmentId)).filter((task) => task.kind === 'QUARTERLY_MONITORING');
    expect(monitoring.map((task) => [task.due_on, task.assignee_id])).toEqual([
      [first, leaver.id],
      [addMonths(on.openedOn, 6), null],
    ]);
    const queue = await ok(as('supervisor')(TASKS, { filter: { unassigned: true, clientId: on.clientId } }));
    expect(queue.edges.map((edge: { node: { kind: string; dueOn: string } }) => [edge.node.kind, edge.node.dueOn])).toEqual([['QUARTERLY_MONITORING', addMonths(on.openedOn, 6)]]);
  });
});
