import {
  activePlan,
  ADD_OBJECTIVE,
  APPROVE,
  CLIENT_PROGRESS,
  draftWithGoal,
  enrolledClient,
  ENTRY,
  GET_PLAN,
  type Plan,
  planSetting,
  type PlanSetting,
  RECORD_PROGRESS,
  REVISE,
  SUBMIT,
  UPDATE_GOAL,
} from './support/care-plan-plan-fixtures';
import { daysAgo, daysFromToday, ok } from './support/client-fixtures';
import { CREATE_NOTE } from './support/client-operations';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const PLAN_WITH_PROGRESS = `query ($id: ID!) { carePlan(id: $id) { id goals { goalKey progress { ${ENTRY} } } } }`;

interface GoalProgress {
  goalKey: string;
  statement: string;
  carePlanId: string;
  latestRating: number | null;
  lackOfProgress: boolean;
  entries: { rating: number; recordedOn: string }[];
}

describe('progress on goals', () => {
  let t: TestApp;
  let setting: PlanSetting;
  let as: PlanSetting['as'];
  let clientId: string;
  let enrollmentId: string;
  let plan: Plan;
  const today = daysFromToday(0);

  beforeAll(async () => {
    t = await startTestApp();
    setting = await planSetting(t);
    as = setting.as;
    ({ clientId, enrollmentId } = await enrolledClient(t, setting.people.admin, setting.people.caseManager, setting.programId));
    const draft = await draftWithGoal(t, setting.people.caseManager.token, enrollmentId, daysFromToday(-60));
    const withObjective = await ok<Plan>(
      as('caseManager')(ADD_OBJECTIVE, { input: { carePlanId: draft.id, version: draft.version, goalId: draft.goals[0].id, description: 'Pay rent', measure: 'Months paid', target: '3' } }),
    );
    const submitted = await ok<Plan>(as('caseManager')(SUBMIT, { input: { carePlanId: withObjective.id, version: withObjective.version } }));
    plan = await ok(as('supervisor')(APPROVE, { input: { carePlanId: submitted.id, version: submitted.version } }));
  });
  afterAll(() => t.close());

  const record = (input: Record<string, unknown>, who: Parameters<typeof as>[0] = 'caseManager') =>
    as(who)(RECORD_PROGRESS, { input: { carePlanId: plan.id, goalKey: plan.goals[0].goalKey, rating: 3, recordedOn: today, ...input } });
  const entries = async () => Number((await t.db.query(`SELECT count(*) FROM progress_entry WHERE client_id = $1`, [clientId]))[0].count);
  const fields = (res: { errors?: { extensions: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions.fields;

  it('records a rating on a goal or one of its objectives of the active plan, audited and on the timeline', async () => {
    const onGoal = await ok(record({ rating: 2, note: 'Missed rent again', recordedOn: daysFromToday(-30) }));
    expect(onGoal).toMatchObject({ goalKey: plan.goals[0].goalKey, objectiveKey: null, rating: 2, note: 'Missed rent again', recordedOn: daysFromToday(-30), recordedBy: { id: setting.people.caseManager.id } });
    const objectiveKey = plan.goals[0].objectives[0].objectiveKey;
    expect(await ok(record({ objectiveKey, rating: 4 }))).toMatchObject({ objectiveKey, rating: 4 });

    const [audit] = await t.db.query(`SELECT action, client_id, changes FROM audit_event WHERE entity_id = $1 AND entity_type = 'ProgressEntry'`, [onGoal.id]);
    expect(audit).toMatchObject({ action: 'CREATE', client_id: clientId, changes: { carePlanId: { to: plan.id }, rating: { to: 2 }, noteLength: { to: 17 } } });
    expect(JSON.stringify(audit.changes)).not.toContain('Missed rent');
    const timeline = await t.db.query(`SELECT kind, source_type, source_id, summary FROM client_timeline_entry WHERE client_id = $1 AND kind = 'PROGRESS' ORDER BY occurred_at`, [clientId]);
    expect(timeline).toEqual([
      { kind: 'PROGRESS', source_type: 'CarePlan', source_id: plan.id, summary: 'Progress recorded on a goal (rated 2 of 5)' },
      { kind: 'PROGRESS', source_type: 'CarePlan', source_id: plan.id, summary: 'Progress recorded on a goal (rated 4 of 5)' },
    ]);
  });

  it('refuses a rating off the scale, a future day or one before the plan started, an unknown goal or objective and a plan not in force, writing nothing', async () => {
    const before = await entries();
    expect(codeOf(await record({ rating: 6 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record({ rating: 0 }))).toBe('BAD_USER_INPUT');
    expect(fields(await record({ recordedOn: daysFromToday(1) }))).toEqual([{ field: 'recordedOn', message: 'is in the future' }]);
    expect(fields(await record({ recordedOn: daysFromToday(-61) }))).toEqual([{ field: 'recordedOn', message: `is before the plan's effective date ${daysFromToday(-60)}` }]);
    expect(fields(await record({ goalKey: plan.id }))).toEqual([{ field: 'goalKey', message: 'is not a goal of this plan' }]);
    expect(fields(await record({ objectiveKey: plan.goals[0].goalKey }))).toEqual([{ field: 'objectiveKey', message: 'is not an objective of this goal' }]);

    const other = await enrolledClient(t, setting.people.admin, setting.people.caseManager, setting.programId);
    const draft = await draftWithGoal(t, setting.people.caseManager.token, other.enrollmentId, today);
    const onDraft = await as('caseManager')(RECORD_PROGRESS, { input: { carePlanId: draft.id, goalKey: draft.goals[0].goalKey, rating: 3, recordedOn: today } });
    expect(fields(onDraft)).toEqual([{ field: 'carePlanId', message: 'is not the active plan' }]);
    expect(await entries()).toBe(before);
  });

  it("links progress to a case note of the same client only, and keeps other agencies, outsiders and auditors out", async () => {
    const note = await ok(as('caseManager')(CREATE_NOTE, { input: { clientId, enrollmentId, noteType: 'HOME_VISIT', occurredAt: daysAgo(1), narrative: 'Rent paid.' } }));
    const other = await enrolledClient(t, setting.people.admin, setting.people.caseManager, setting.programId);
    const otherNote = await ok(as('caseManager')(CREATE_NOTE, { input: { clientId: other.clientId, noteType: 'PHONE_CALL', occurredAt: daysAgo(1), narrative: 'Called.' } }));
    const before = await entries();

    expect(fields(await record({ caseNoteId: otherNote.id }))).toEqual([{ field: 'caseNoteId', message: "is not a note of this client's" }]);
    expect(codeOf(await record({}, 'stranger'))).toBe('NOT_FOUND');
    expect(codeOf(await record({}, 'auditor'))).toBe('FORBIDDEN');
    expect(codeOf(await record({}, 'outsider'))).toBe('FORBIDDEN');
    expect(await entries()).toBe(before);

    expect(await ok(record({ caseNoteId: note.id, rating: 5 }))).toMatchObject({ caseNoteId: note.id, rating: 5 });
    expect(codeOf(await as('stranger')(CLIENT_PROGRESS, { clientId }))).toBe('NOT_FOUND');
    expect(codeOf(await as('outsider')(CLIENT_PROGRESS, { clientId }))).toBe('FORBIDDEN');
  });

  it('follows each goal across plan versions by its key, with the latest rating and lack of progress flagged', async () => {
    const revision = await ok<Plan>(as('caseManager')(REVISE, { input: { carePlanId: plan.id, version: plan.version } }));
    const reworded = await ok<Plan>(
      as('caseManager')(UPDATE_GOAL, { input: { carePlanId: revision.id, version: revision.version, goalId: revision.goals[0].id, statement: 'Pay my rent myself' } }),
    );
    const submitted = await ok<Plan>(as('caseManager')(SUBMIT, { input: { carePlanId: reworded.id, version: reworded.version } }));
    const second = await ok<Plan>(as('supervisor')(APPROVE, { input: { carePlanId: submitted.id, version: submitted.version } }));
    // The superseded version takes no more progress.
    expect(codeOf(await record({}))).toBe('BAD_USER_INPUT');
    await ok(as('caseManager')(RECORD_PROGRESS, { input: { carePlanId: second.id, goalKey: second.goals[0].goalKey, rating: 1, recordedOn: today, note: 'Lost the job' } }));

    const progress = await ok<GoalProgress[]>(as('auditor')(CLIENT_PROGRESS, { clientId }));
    expect(progress).toHaveLength(1);
    expect(progress[0]).toMatchObject({ goalKey: plan.goals[0].goalKey, statement: 'Pay my rent myself', carePlanId: second.id, latestRating: 1, lackOfProgress: true });
    expect(progress[0].entries.map((entry) => [entry.recordedOn, entry.rating])).toEqual([
      [daysFromToday(-30), 2],
      [today, 4],
      [today, 5],
      [today, 1],
    ]);
    const [read] = await t.db.query(`SELECT client_id FROM audit_event WHERE entity_type = 'ProgressEntry' AND action = 'READ' AND actor_id = $1`, [setting.people.auditor.id]);
    expect(read).toEqual({ client_id: clientId });

    // Either version's goal shows the goal's whole history.
    for (const id of [plan.id, second.id]) {
      const { goals } = await ok(as('caseManager')(PLAN_WITH_PROGRESS, { id }));
      expect(goals[0].progress.map((entry: { rating: number }) => entry.rating)).toEqual([2, 4, 5, 1]);
    }
    expect(await ok(as('caseManager')(GET_PLAN, { id: second.id }))).toMatchObject({ status: 'ACTIVE' });
  });

  it('shows a client without plans no progress', async () => {
    const fresh = await enrolledClient(t, setting.people.admin, setting.people.caseManager, setting.programId);
    expect(await ok(as('caseManager')(CLIENT_PROGRESS, { clientId: fresh.clientId }))).toEqual([]);
    await activePlan(t, setting.people.caseManager, setting.people.supervisor, fresh.enrollmentId, today);
    expect(await ok(as('caseManager')(CLIENT_PROGRESS, { clientId: fresh.clientId }))).toMatchObject([{ entries: [], latestRating: null, lackOfProgress: false }]);
  });
});
