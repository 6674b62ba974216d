import { randomUUID } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { CarePlanEvent, type CarePlanEventPayload } from '@waymark/api/care-plan';
import { Clock } from '@waymark/api/common';
import { addMonths } from '@waymark/shared/types';
import { completed, publish, type Instrument } from './support/care-plan-assessment-fixtures';
import {
  ACKNOWLEDGE,
  activePlan,
  ADD_GOAL,
  ADD_GOALS_FROM_NEEDS,
  ADD_INTERVENTION,
  ADD_OBJECTIVE,
  APPROVE,
  AWAITING_APPROVAL,
  CLIENT_PLANS,
  CLOSE,
  COMPARE_PLANS,
  CREATE_PLAN,
  CREATE_TEMPLATE,
  draftWithGoal,
  enrolledClient,
  GET_PLAN,
  PLAN,
  type Plan,
  PLAN_TEMPLATES,
  planSetting,
  type PlanSetting,
  type PlanWho,
  REMOVE_GOAL,
  REMOVE_OBJECTIVE,
  RETURN,
  REVISE,
  SUBMIT,
  TEMPLATE_GOAL,
  UPDATE_GOAL,
  UPDATE_INTERVENTION,
  UPDATE_OBJECTIVE,
  UPDATE_PLAN,
  UPDATE_TEMPLATE,
} from './support/care-plan-plan-fixtures';
import { daysFromToday, newProgram, ok } from './support/client-fixtures';
import { CLOSE_ENROLLMENT } from './support/client-operations';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('care plans', () => {
  let t: TestApp;
  let setting: PlanSetting;
  let as: PlanSetting['as'];
  let screening: Instrument;
  const heard: { event: string; payload: CarePlanEventPayload }[] = [];
  const today = daysFromToday(0);

  beforeAll(async () => {
    t = await startTestApp();
    setting = await planSetting(t);
    as = setting.as;
    screening = await publish(t, setting.people.admin.token);
    const events = t.app.get(EventEmitter2);
    for (const event of [CarePlanEvent.PLAN_SUBMITTED, CarePlanEvent.PLAN_APPROVED, CarePlanEvent.PLAN_RETURNED, CarePlanEvent.PLAN_CLOSED]) {
      events.on(event, (payload: CarePlanEventPayload) => heard.push({ event, payload }));
    }
  });
  afterAll(() => t.close());

  const people = () => setting.people;
  const newEnrollment = () => enrolledClient(t, people().admin, people().caseManager, setting.programId);
  const draft = (enrollmentId: string, who: PlanWho = 'caseManager', effectiveOn = today, input: Record<string, unknown> = {}) =>
    draftWithGoal(t, people()[who].token, enrollmentId, effectiveOn, input);
  const step = (who: PlanWho, operation: string, plan: { id: string; version: number }, input: Record<string, unknown> = {}) =>
    as(who)(operation, { input: { carePlanId: plan.id, version: plan.version, ...input } });
  const planRow = async (id: string) => (await t.db.query(`SELECT * FROM care_plan WHERE id = $1`, [id]))[0];
  const goalCount = async (planId: string) => Number((await t.db.query(`SELECT count(*) FROM care_plan_goal WHERE care_plan_id = $1`, [planId]))[0].count);
  const auditOf = (entityId: string, entityType = 'CarePlan') =>
    t.db.query(`SELECT action, actor_id, client_id, changes FROM audit_event WHERE entity_id = $1 AND entity_type = $2 ORDER BY id`, [entityId, entityType]);
  const timelineOf = (planId: string) => t.db.query(`SELECT kind, source_type, summary FROM client_timeline_entry WHERE source_id = $1 ORDER BY occurred_at, id`, [planId]);
  const problem = (res: { errors?: { extensions: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;

  describe('starting a plan', () => {
    it('seeds goals from a template and from the needs of a completed assessment, in the language asked', async () => {
      const { clientId, enrollmentId } = await newEnrollment();
      const template = await ok(as('admin')(CREATE_TEMPLATE, { input: { programId: setting.programId, name: 'Housing first', goals: [TEMPLATE_GOAL] } }));
      const assessment = await completed(t, people().caseManager.token, { clientId, instrumentId: screening.id, enrollmentId }, { housing: 'none', meals: 5, hungry: true }, today);
      expect(assessment.needs.map((need: { source: string }) => need.source)).toEqual(['housing', 'meals', 'risk']);

      const plan = await ok<Plan>(
        as('caseManager')(CREATE_PLAN, {
          input: { enrollmentId, effectiveOn: today, clientVision: 'My own place', templateId: template.id, fromAssessmentId: assessment.id, needSources: ['meals', 'housing'], language: 'es' },
        }),
      );
      expect(plan).toMatchObject({
        status: 'DRAFT',
        revision: 1,
        previousId: null,
        clientId,
        enrollmentId,
        programName: expect.stringMatching(/^Program /),
        templateId: template.id,
        sourceAssessmentId: assessment.id,
        author: { id: people().caseManager.id },
        reviewDueOn: null,
        mayEdit: true,
        mayApprove: false,
      });
      expect(plan.goals.map((g) => [g.position, g.statement, g.domain, g.sourceNeed])).toEqual([
        [1, 'Encontrar un hogar estable', 'HOUSING', null],
        [2, '¿Dónde vive ahora?', 'HOUSING', 'housing'],
        [3, 'Meals missed last week', 'FOOD', 'meals'],
      ]);
      expect(plan.goals[0].objectives).toMatchObject([{ description: 'Solicitar vivienda', measure: 'Applications sent', target: '3 applications', position: 1 }]);
      expect(plan.goals[0].interventions).toMatchObject([{ description: 'Ayudar con las solicitudes', responsible: 'CASE_MANAGER', frequency: 'Weekly' }]);
      expect(plan.goals[1]).toMatchObject({ sourceAssessmentId: assessment.id, priority: 'MEDIUM', status: 'IN_PROGRESS' });

      const [created] = await auditOf(plan.id);
      expect(created).toMatchObject({ action: 'CREATE', actor_id: people().caseManager.id, client_id: clientId });
      expect(created.changes).toMatchObject({ status: { to: 'DRAFT' }, goals: { to: 3 }, clientVisionLength: { to: 12 } });
      expect(JSON.stringify(created.changes)).not.toContain('My own place');
    });

    it('refuses a need the assessment did not find, a second plan, a review before the start or a closed enrollment, writing nothing', async () => {
      const { clientId, enrollmentId } = await newEnrollment();
      const assessment = await completed(t, people().caseManager.token, { clientId, instrumentId: screening.id, enrollmentId }, { housing: 'stable', meals: 5 }, today);
      const count = async () => Number((await t.db.query(`SELECT count(*) FROM care_plan WHERE enrollment_id = $1`, [enrollmentId]))[0].count);

      const unknownNeed = await as('caseManager')(CREATE_PLAN, { input: { enrollmentId, effectiveOn: today, fromAssessmentId: assessment.id, needSources: ['meals', 'housing'] } });
      expect(codeOf(unknownNeed)).toBe('BAD_USER_INPUT');
      expect(problem(unknownNeed)?.fields).toEqual([{ field: 'needSources.1', message: 'is not a need the assessment found' }]);
      const earlyReview = await as('caseManager')(CREATE_PLAN, { input: { enrollmentId, effectiveOn: today, reviewDueOn: daysFromToday(-1) } });
      expect(problem(earlyReview)?.fields).toEqual([{ field: 'reviewDueOn', message: expect.stringContaining('before') }]);
      expect(await count()).toBe(0);

      await draft(enrollmentId);
      const second = await as('caseManager')(CREATE_PLAN, { input: { enrollmentId, effectiveOn: today } });
      expect(codeOf(second)).toBe('BAD_USER_INPUT');
      expect(problem(second)?.fields).toEqual([{ field: 'enrollmentId', message: 'already has a plan being written' }]);
      expect(await count()).toBe(1);

      const closing = await newEnrollment();
      await ok(as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId: closing.enrollmentId, version: 1, closeReason: 'Moved away', closedOn: today } }));
      const closed = await as('caseManager')(CREATE_PLAN, { input: { enrollmentId: closing.enrollmentId, effectiveOn: today } });
      expect(problem(closed)?.fields).toEqual([{ field: 'enrollmentId', message: 'is closed' }]);
      expect(await t.db.query(`SELECT id FROM care_plan WHERE enrollment_id = $1`, [closing.enrollmentId])).toEqual([]);
    });
  });

  describe('editing a draft', () => {
    it('adds, changes and removes goals, objectives and interventions, each bumping the plan version and audited', async () => {
      const { clientId, enrollmentId } = await newEnrollment();
      let plan = await draft(enrollmentId);
      const goal = plan.goals[0];
      plan = await ok(step('caseManager', ADD_OBJECTIVE, plan, { goalId: goal.id, description: 'Pay rent on time', measure: 'Months paid on time', baseline: '1 of 3', target: '3 of 3', targetDate: daysFromToday(90) }));
      const objective = plan.goals[0].objectives[0];
      plan = await ok(step('caseManager', ADD_INTERVENTION, plan, { goalId: goal.id, objectiveId: objective.id, description: 'Budget together', responsible: 'CASE_MANAGER', frequency: 'Monthly' }));
      const intervention = plan.goals[0].interventions[0];
      expect(intervention).toMatchObject({ objectiveId: objective.id, description: 'Budget together', responsible: 'CASE_MANAGER', frequency: 'Monthly', position: 1 });

      const beforeUpdates = plan.version;
      plan = await ok(step('caseManager', UPDATE_GOAL, plan, { goalId: goal.id, priority: 'MEDIUM', targetDate: daysFromToday(180) }));
      plan = await ok(step('caseManager', UPDATE_OBJECTIVE, plan, { objectiveId: objective.id, target: '6 of 6' }));
      plan = await ok(step('caseManager', UPDATE_INTERVENTION, plan, { interventionId: intervention.id, frequency: 'Every two weeks', responsibleName: null }));
      expect(plan.version).toBe(beforeUpdates + 3);
      expect(plan.goals[0]).toMatchObject({ priority: 'MEDIUM', targetDate: daysFromToday(180), objectives: [{ target: '6 of 6' }], interventions: [{ frequency: 'Every two weeks' }] });
      plan = await ok(step('caseManager', UPDATE_PLAN, plan, { strengths: 'Keeps appointments', reviewDueOn: daysFromToday(120) }));
      expect(plan).toMatchObject({ strengths: 'Keeps appointments', reviewDueOn: daysFromToday(120) });

      // Removing the objective leaves its intervention serving the goal as a whole.
      plan = await ok(step('caseManager', REMOVE_OBJECTIVE, plan, { objectiveId: objective.id }));
      expect(plan.goals[0].objectives).toEqual([]);
      expect(plan.goals[0].interventions).toMatchObject([{ id: intervention.id, objectiveId: null }]);
      plan = await ok(step('caseManager', REMOVE_GOAL, plan, { goalId: goal.id }));
      expect(plan.goals).toEqual([]);

      expect((await auditOf(goal.id, 'CarePlanGoal')).map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
      const [objectiveCreated] = await auditOf(objective.id, 'CarePlanObjective');
      expect(objectiveCreated).toMatchObject({ action: 'CREATE', client_id: clientId, changes: { carePlanId: { to: plan.id }, targetLength: { to: 6 } } });
      expect((await auditOf(intervention.id, 'CarePlanIntervention')).map((row: { changes: Record<string, unknown> }) => Object.keys(row.changes))).toContainEqual(
        expect.arrayContaining(['frequency']),
      );
    });

    it('refuses a stale version, a target date before the plan starts and another goal’s objective, writing nothing', async () => {
      const { enrollmentId } = await newEnrollment();
      const first = await draft(enrollmentId, 'caseManager', daysFromToday(10));
      const plan = await ok<Plan>(step('caseManager', ADD_GOAL, first, { statement: 'Find work', domain: 'EMPLOYMENT', priority: 'LOW' }));
      const withObjective = await ok<Plan>(step('caseManager', ADD_OBJECTIVE, plan, { goalId: plan.goals[1].id, description: 'Send CVs', measure: 'CVs', target: '10' }));
      const before = await planRow(plan.id);
      const goalsBefore = await t.db.query(`SELECT * FROM care_plan_goal WHERE care_plan_id = $1 ORDER BY position`, [plan.id]);

      const stale = await step('caseManager', ADD_GOAL, first, { statement: 'Stale', domain: 'FOOD', priority: 'LOW' });
      expect(codeOf(stale)).toBe('CONFLICT');
      const early = await step('caseManager', UPDATE_GOAL, withObjective, { goalId: plan.goals[0].id, targetDate: daysFromToday(9) });
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      expect(problem(early)?.fields).toEqual([{ field: 'targetDate', message: expect.stringContaining(daysFromToday(10)) }]);
      const earlyObjective = await step('caseManager', ADD_OBJECTIVE, withObjective, { goalId: plan.goals[0].id, description: 'd', measure: 'm', target: 't', targetDate: daysFromToday(1) });
      expect(problem(earlyObjective)?.fields).toEqual([{ field: 'targetDate', message: expect.any(String) }]);
      const foreignObjective = await step('caseManager', ADD_INTERVENTION, withObjective, {
        goalId: plan.goals[0].id,
        objectiveId: withObjective.goals[1].objectives[0].id,
        description: 'Coach',
        responsible: 'PROVIDER',
      });
      expect(problem(foreignObjective)?.fields).toEqual([{ field: 'objectiveId', message: 'is not an objective of this goal' }]);
      // No referral can be checked yet, so none is named; another agency's part is still written down by name.
      const referral = await step('caseManager', ADD_INTERVENTION, withObjective, { goalId: plan.goals[0].id, description: 'Legal aid', responsible: 'REFERRAL', referralId: randomUUID() });
      expect(problem(referral)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'referralId', message: 'referrals are not available yet' }] });

      expect(await planRow(plan.id)).toEqual(before);
      expect(await t.db.query(`SELECT * FROM care_plan_goal WHERE care_plan_id = $1 ORDER BY position`, [plan.id])).toEqual(goalsBefore);
      expect(Number((await t.db.query(`SELECT count(*) FROM care_plan_intervention i JOIN care_plan_goal g ON g.id = i.goal_id WHERE g.care_plan_id = $1`, [plan.id]))[0].count)).toBe(0);

      const byName = await ok<Plan>(step('caseManager', ADD_INTERVENTION, withObjective, { goalId: plan.goals[0].id, description: 'Legal aid', responsible: 'REFERRAL', responsibleName: 'Legal Aid Society' }));
      expect(byName.goals[0].interventions).toMatchObject([{ responsible: 'REFERRAL', responsibleName: 'Legal Aid Society', referralId: null }]);
    });

    it('adds goals for the needs of a completed assessment of the same client only', async () => {
      const { clientId, enrollmentId } = await newEnrollment();
      const other = await newEnrollment();
      const mine = await completed(t, people().caseManager.token, { clientId, instrumentId: screening.id, enrollmentId }, { housing: 'none', meals: 0 }, today);
      const theirs = await completed(t, people().caseManager.token, { clientId: other.clientId, instrumentId: screening.id }, { housing: 'none', meals: 0 }, today);
      const plan = await draft(enrollmentId);

      const foreign = await step('caseManager', ADD_GOALS_FROM_NEEDS, plan, { assessmentId: theirs.id, needSources: ['housing'] });
      expect(problem(foreign)?.fields).toEqual([{ field: 'assessmentId', message: "is another client's" }]);
      const added = await ok<Plan>(step('caseManager', ADD_GOALS_FROM_NEEDS, plan, { assessmentId: mine.id, needSources: ['housing'] }));
      expect(added.goals.map((g) => [g.position, g.sourceNeed, g.sourceAssessmentId])).toEqual([
        [1, null, null],
        [2, 'housing', mine.id],
      ]);
    });
  });

  describe('approval', () => {
    it('goes DRAFT → PENDING_APPROVAL → ACTIVE with a review date from the program, on the timeline, audited, and heard by the worklist', async () => {
      const { enrollmentId } = await newEnrollment();
      const empty = await ok<Plan>(as('caseManager')(CREATE_PLAN, { input: { enrollmentId, effectiveOn: today } }));
      const nothingToSubmit = await step('caseManager', SUBMIT, empty);
      expect(problem(nothingToSubmit)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INCOMPLETE', fields: [{ field: 'goals', message: 'needs at least one goal' }] });

      const plan = await ok<Plan>(step('caseManager', ADD_GOAL, empty, { statement: 'Stay housed', domain: 'HOUSING', priority: 'HIGH' }));
      const submitted = await ok<Plan>(step('caseManager', SUBMIT, plan));
      expect(submitted).toMatchObject({ status: 'PENDING_APPROVAL', submittedAt: expect.any(String), submittedBy: { id: people().caseManager.id }, mayEdit: false });
      expect(heard).toContainEqual({ event: CarePlanEvent.PLAN_SUBMITTED, payload: expect.objectContaining({ carePlanId: plan.id, enrollmentId, status: 'PENDING_APPROVAL' }) });

      // In the supervisors' queue, with the client named; not for case managers.
      const queue = (await ok<{ edges: { node: Plan }[] }>(as('supervisor')(AWAITING_APPROVAL))).edges.map((edge) => edge.node);
      expect(queue.find((p) => p.id === plan.id)).toMatchObject({ mayApprove: true, client: { id: plan.clientId, displayName: expect.any(String), clientNumber: expect.any(String) } });
      expect(codeOf(await as('caseManager')(AWAITING_APPROVAL))).toBe('FORBIDDEN');
      expect(codeOf(await step('caseManager', APPROVE, submitted))).toBe('FORBIDDEN');

      const approved = await ok<Plan>(step('supervisor', APPROVE, submitted));
      expect(approved).toMatchObject({ status: 'ACTIVE', approvedBy: { id: people().supervisor.id }, approvedAt: expect.any(String), reviewDueOn: addMonths(today, 6) });
      expect(heard).toContainEqual({ event: CarePlanEvent.PLAN_APPROVED, payload: expect.objectContaining({ carePlanId: plan.id, status: 'ACTIVE', reviewDueOn: addMonths(today, 6) }) });
      expect(await timelineOf(plan.id)).toEqual([
        { kind: 'CARE_PLAN', source_type: 'CarePlan', summary: 'Care plan version 1 submitted for approval' },
        { kind: 'CARE_PLAN', source_type: 'CarePlan', summary: 'Care plan version 1 approved' },
      ]);
      const steps = (await auditOf(plan.id)).filter((row: { action: string }) => row.action === 'UPDATE').map((row: { changes: { status?: unknown } }) => row.changes.status);
      expect(steps).toEqual([
        { from: 'DRAFT', to: 'PENDING_APPROVAL' },
        { from: 'PENDING_APPROVAL', to: 'ACTIVE' },
      ]);
    });

    it('refuses editing a plan past DRAFT (LOCKED_RECORD), moves the machine does not allow (ILLEGAL_TRANSITION) and approving your own plan (SELF_APPROVAL), writing nothing', async () => {
      const { enrollmentId } = await newEnrollment();
      const plan = await draft(enrollmentId);
      expect(problem(await step('supervisor', APPROVE, plan))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
      const submitted = await ok<Plan>(step('caseManager', SUBMIT, plan));
      const before = await planRow(plan.id);

      const locked = await step('caseManager', UPDATE_GOAL, submitted, { goalId: submitted.goals[0].id, statement: 'Changed after submitting' });
      expect(problem(locked)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });
      expect(problem(await step('caseManager', UPDATE_PLAN, submitted, { strengths: 'x' }))).toMatchObject({ reason: 'LOCKED_RECORD' });
      expect(problem(await step('caseManager', SUBMIT, submitted))).toMatchObject({ reason: 'ILLEGAL_TRANSITION' });
      expect(problem(await step('caseManager', REVISE, submitted))).toMatchObject({ reason: 'ILLEGAL_TRANSITION' });
      expect(await planRow(plan.id)).toEqual(before);
      expect((await t.db.query(`SELECT statement FROM care_plan_goal WHERE care_plan_id = $1`, [plan.id]))[0].statement).toBe('Keep my apartment');

      // A supervisor's own plan waits for another supervisor.
      const other = await newEnrollment();
      const own = await ok<Plan>(step('supervisor', SUBMIT, await draft(other.enrollmentId, 'supervisor')));
      expect(own.mayApprove).toBe(false);
      const self = await step('supervisor', APPROVE, own);
      expect(problem(self)).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_APPROVAL' });
      expect((await planRow(own.id)).status).toBe('PENDING_APPROVAL');
      expect(await ok(step('admin', APPROVE, own))).toMatchObject({ status: 'ACTIVE' });

      // A supervisor who submits a case manager's plan has made it their own too.
      const third = await newEnrollment();
      const submittedForThem = await ok<Plan>(step('supervisor', SUBMIT, await draft(third.enrollmentId)));
      expect(submittedForThem).toMatchObject({ author: { id: people().caseManager.id }, submittedBy: { id: people().supervisor.id }, mayApprove: false });
      const unapproved = await planRow(submittedForThem.id);
      expect(problem(await step('supervisor', APPROVE, submittedForThem))).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_APPROVAL' });
      expect(problem(await step('supervisor', RETURN, submittedForThem, { note: 'Fine by me' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_APPROVAL' });
      expect(await planRow(submittedForThem.id)).toEqual(unapproved);
      expect(await ok(as('admin')(GET_PLAN, { id: submittedForThem.id }))).toMatchObject({ mayApprove: true });
      expect(await ok(step('admin', APPROVE, submittedForThem))).toMatchObject({ status: 'ACTIVE', approvedBy: { id: people().admin.id } });
    });

    it('names an objective whose target date slipped before the plan starts by its place among its goal’s objectives, after a removal too', async () => {
      const { enrollmentId } = await newEnrollment();
      let plan = await draft(enrollmentId);
      for (const [description, days] of [['Pay the deposit', 3], ['Sign the lease', 5]] as const) {
        plan = await ok(step('caseManager', ADD_OBJECTIVE, plan, { goalId: plan.goals[0].id, description, measure: 'm', target: 't', targetDate: daysFromToday(days) }));
      }
      plan = await ok(step('supervisor', APPROVE, await ok<Plan>(step('caseManager', SUBMIT, plan))));
      // Revised ten days on, the revision starts then and carries both objectives, due before it.
      t.app.get(Clock).travelTo(daysFromToday(10));
      try {
        let revision = await ok<Plan>(step('caseManager', REVISE, plan));
        revision = await ok(step('caseManager', REMOVE_OBJECTIVE, revision, { objectiveId: revision.goals[0].objectives[0].id }));
        expect(revision.goals[0].objectives).toMatchObject([{ description: 'Sign the lease', position: 2 }]);
        const refused = await step('caseManager', SUBMIT, revision);
        expect(problem(refused)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'goals.0.objectives.0.targetDate', message: expect.any(String) }] });
        expect((await planRow(revision.id)).status).toBe('DRAFT');
      } finally {
        t.app.get(Clock).travelTo(new Date());
      }
    });

    it('returns a plan to DRAFT with a note, refusing a stale version', async () => {
      const { enrollmentId } = await newEnrollment();
      const submitted = await ok<Plan>(step('caseManager', SUBMIT, await draft(enrollmentId)));
      expect(codeOf(await step('supervisor', RETURN, { ...submitted, version: submitted.version - 1 }, { note: 'Add a target date' }))).toBe('CONFLICT');
      const returned = await ok<Plan>(step('supervisor', RETURN, submitted, { note: 'Add a target date' }));
      expect(returned).toMatchObject({ status: 'DRAFT', returnNote: 'Add a target date', mayApprove: false });
      expect(await ok(as('caseManager')(GET_PLAN, { id: returned.id }))).toMatchObject({ mayEdit: true });
      expect(heard).toContainEqual({ event: CarePlanEvent.PLAN_RETURNED, payload: expect.objectContaining({ carePlanId: returned.id, status: 'DRAFT' }) });
    });

    it('pages the approval queue, the longest waiting first, with its total', async () => {
      for (let i = 0; i < 2; i++) await ok<Plan>(step('caseManager', SUBMIT, await draft((await newEnrollment()).enrollmentId)));
      const whole = await ok<{ totalCount: number; edges: { node: Plan }[] }>(as('supervisor')(AWAITING_APPROVAL));
      expect(whole.totalCount).toBe(whole.edges.length);
      // Only this agency's plans, however many other agencies have waiting.
      const ids = whole.edges.map((edge) => edge.node.id);
      expect(await t.db.query(`SELECT DISTINCT agency_id FROM care_plan WHERE id = ANY($1)`, [ids])).toEqual([{ agency_id: setting.agency.id }]);
      expect(whole.totalCount).toBe((await t.db.query(`SELECT count(*)::int AS n FROM care_plan WHERE agency_id = $1 AND status = 'PENDING_APPROVAL'`, [setting.agency.id]))[0].n);
      expect(whole.totalCount).toBeGreaterThanOrEqual(2);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Plan }[] } = await ok(
          as('supervisor')(AWAITING_APPROVAL, { first: 1, after }),
        );
        expect(page.totalCount).toBe(whole.totalCount);
        paged.push(...page.edges.map((edge) => edge.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(paged).toEqual(whole.edges.map((edge) => edge.node.id));
      const submittedAt = whole.edges.map((edge) => edge.node.submittedAt as string);
      expect(submittedAt).toEqual([...submittedAt].sort());
      expect(codeOf(await as('supervisor')(AWAITING_APPROVAL, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('revisions', () => {
    it('copies goals under the same keys, supersedes the active plan on approval and compares any two versions', async () => {
      const { clientId, enrollmentId } = await newEnrollment();
      let first = await draft(enrollmentId);
      first = await ok(step('caseManager', ADD_OBJECTIVE, first, { goalId: first.goals[0].id, description: 'Pay rent', measure: 'Months paid', target: '3' }));
      first = await ok(step('caseManager', ADD_INTERVENTION, first, { goalId: first.goals[0].id, objectiveId: first.goals[0].objectives[0].id, description: 'Budget', responsible: 'CLIENT' }));
      first = await ok(step('caseManager', SUBMIT, first));
      first = await ok(step('supervisor', APPROVE, first));

      const revision = await ok<Plan>(step('caseManager', REVISE, first));
      expect(revision).toMatchObject({ status: 'DRAFT', revision: 2, previousId: first.id, effectiveOn: today, reviewDueOn: null });
      expect(revision.goals[0]).toMatchObject({ goalKey: first.goals[0].goalKey, statement: 'Keep my apartment' });
      expect(revision.goals[0].objectives[0].objectiveKey).toBe(first.goals[0].objectives[0].objectiveKey);
      expect(revision.goals[0].interventions[0]).toMatchObject({ objectiveId: revision.goals[0].objectives[0].id, description: 'Budget' });
      expect(revision.goals[0].id).not.toBe(first.goals[0].id);
      expect(codeOf(await step('caseManager', REVISE, first))).toBe('BAD_USER_INPUT');
      expect(await timelineOf(revision.id)).toEqual([{ kind: 'CARE_PLAN', source_type: 'CarePlan', summary: 'Care plan version 2 started as a revision' }]);

      let second = await ok<Plan>(step('caseManager', UPDATE_GOAL, revision, { goalId: revision.goals[0].id, statement: 'Keep my apartment and pay rent myself' }));
      second = await ok(step('caseManager', ADD_GOAL, second, { statement: 'See a dentist', domain: 'PHYSICAL_HEALTH', priority: 'LOW' }));
      second = await ok(step('caseManager', SUBMIT, second));
      // The first version stays in force until the revision is approved.
      expect((await planRow(first.id)).status).toBe('ACTIVE');
      second = await ok(step('supervisor', APPROVE, second));
      expect((await planRow(first.id)).status).toBe('SUPERSEDED');
      const active = await t.db.query(`SELECT id FROM care_plan WHERE enrollment_id = $1 AND status = 'ACTIVE'`, [enrollmentId]);
      expect(active).toEqual([{ id: second.id }]);

      const versions = await ok<Plan[]>(as('auditor')(CLIENT_PLANS, { clientId }));
      expect(versions.map((p) => [p.revision, p.status])).toEqual([
        [2, 'ACTIVE'],
        [1, 'SUPERSEDED'],
      ]);

      const comparison = await ok(as('caseManager')(COMPARE_PLANS, { fromId: first.id, toId: second.id }));
      expect(comparison.from).toEqual({ id: first.id, revision: 1 });
      expect(comparison.goals).toEqual([
        {
          goalKey: first.goals[0].goalKey,
          change: 'CHANGED',
          statement: 'Keep my apartment and pay rent myself',
          fields: [{ field: 'statement', before: 'Keep my apartment', after: 'Keep my apartment and pay rent myself' }],
          objectives: [{ objectiveKey: first.goals[0].objectives[0].objectiveKey, change: 'UNCHANGED', description: 'Pay rent', fields: [] }],
          interventions: [{ change: 'UNCHANGED', description: 'Budget', fields: [] }],
        },
        { goalKey: second.goals[1].goalKey, change: 'ADDED', statement: 'See a dentist', fields: expect.any(Array), objectives: [], interventions: [] },
      ]);
      const [read] = await t.db.query(`SELECT actor_id FROM audit_event WHERE entity_id = $1 AND action = 'READ' AND actor_id = $2`, [second.id, people().caseManager.id]);
      expect(read).toBeDefined();
    });

    it('closes the active plan (or abandons a draft), heard by the worklist', async () => {
      const { enrollmentId } = await newEnrollment();
      const active = await activePlan(t, people().caseManager, people().supervisor, enrollmentId, today);
      expect(codeOf(await step('caseManager', CLOSE, active, { reason: ' ' }))).toBe('BAD_USER_INPUT');
      const closed = await ok<Plan>(step('caseManager', CLOSE, active, { reason: 'Goals met' }));
      expect(closed).toMatchObject({ status: 'CLOSED', closeReason: 'Goals met', closedAt: expect.any(String) });
      expect(heard).toContainEqual({ event: CarePlanEvent.PLAN_CLOSED, payload: expect.objectContaining({ carePlanId: active.id, status: 'CLOSED' }) });
      expect(problem(await step('caseManager', REVISE, closed))).toMatchObject({ reason: 'ILLEGAL_TRANSITION' });
      // A closed plan makes room for a new one.
      const next = await ok<Plan>(as('caseManager')(CREATE_PLAN, { input: { enrollmentId, effectiveOn: today } }));
      expect(next).toMatchObject({ revision: 2, status: 'DRAFT' });
      expect(await ok(step('caseManager', CLOSE, next, { reason: 'Started by mistake' }))).toMatchObject({ status: 'CLOSED' });
    });
  });

  describe('acknowledgement', () => {
    it('records a signature or verbal acknowledgement on a day that has come and the plan covers', async () => {
      const { enrollmentId } = await newEnrollment();
      const plan = await draft(enrollmentId, 'caseManager', daysFromToday(-5));
      expect(problem(await step('caseManager', ACKNOWLEDGE, plan, { on: today, method: 'SIGNATURE', by: 'Ana' }))).toMatchObject({ reason: 'ILLEGAL_TRANSITION' });
      const submitted = await ok<Plan>(step('caseManager', SUBMIT, plan));
      const before = await planRow(plan.id);

      const future = await step('caseManager', ACKNOWLEDGE, submitted, { on: daysFromToday(1), method: 'SIGNATURE', by: 'Ana' });
      expect(problem(future)?.fields).toEqual([{ field: 'on', message: 'is in the future' }]);
      const early = await step('caseManager', ACKNOWLEDGE, submitted, { on: daysFromToday(-6), method: 'VERBAL', by: 'Ana' });
      expect(problem(early)?.fields).toEqual([{ field: 'on', message: 'is before the plan takes effect' }]);
      expect(await planRow(plan.id)).toEqual(before);

      const acknowledged = await ok<Plan>(step('caseManager', ACKNOWLEDGE, submitted, { on: daysFromToday(-1), method: 'VERBAL', by: 'Ana Ruiz (client)', note: 'Read aloud by phone' }));
      expect(acknowledged).toMatchObject({ status: 'PENDING_APPROVAL', acknowledgedOn: daysFromToday(-1), acknowledgementMethod: 'VERBAL', acknowledgedBy: 'Ana Ruiz (client)', acknowledgementNote: 'Read aloud by phone' });
      expect((await timelineOf(plan.id)).map((row: { summary: string }) => row.summary)).toContain('Care plan version 1 acknowledged by the client (verbally)');
    });
  });

  describe('access', () => {
    it("answers another agency's plan and enrollment with NOT_FOUND, lets auditors read but not write, and keeps case managers to their caseload", async () => {
      const { clientId, enrollmentId } = await newEnrollment();
      const plan = await draft(enrollmentId);

      expect(codeOf(await as('stranger')(GET_PLAN, { id: plan.id }))).toBe('NOT_FOUND');
      expect(codeOf(await step('stranger', ADD_GOAL, plan, { statement: 'x', domain: 'FOOD', priority: 'LOW' }))).toBe('NOT_FOUND');
      expect(codeOf(await as('stranger')(CREATE_PLAN, { input: { enrollmentId, effectiveOn: today } }))).toBe('NOT_FOUND');
      expect(codeOf(await as('stranger')(COMPARE_PLANS, { fromId: plan.id, toId: plan.id }))).toBe('NOT_FOUND');

      expect(await ok(as('auditor')(GET_PLAN, { id: plan.id }))).toMatchObject({ id: plan.id, mayEdit: false, mayApprove: false });
      expect(codeOf(await step('auditor', ADD_GOAL, plan, { statement: 'x', domain: 'FOOD', priority: 'LOW' }))).toBe('FORBIDDEN');
      expect(codeOf(await as('outsider')(GET_PLAN, { id: plan.id }))).toBe('FORBIDDEN');
      expect(codeOf(await as('outsider')(CLIENT_PLANS, { clientId }))).toBe('FORBIDDEN');
      expect(await goalCount(plan.id)).toBe(1);

      const reads = await t.db.query(`SELECT actor_id, client_id FROM audit_event WHERE entity_id = $1 AND action = 'READ'`, [plan.id]);
      expect(reads).toContainEqual({ actor_id: people().auditor.id, client_id: clientId });
    });

    it('reads a client’s plans with their goals, objectives and interventions in a fixed number of queries', async () => {
      const { clientId, enrollmentId } = await newEnrollment();
      const statements = async () => {
        const spy = jest.spyOn(t.db.logger, 'logQuery');
        try {
          await ok(as('caseManager')(CLIENT_PLANS, { clientId }));
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      // One version in force and a revision being written, each with one goal…
      let plan = await ok<Plan>(step('caseManager', REVISE, await activePlan(t, people().caseManager, people().supervisor, enrollmentId, today)));
      const few = await statements();
      // …then three versions, the newest with four goals, each with an objective.
      for (const statement of ['Eat well', 'Find work', 'See friends']) {
        plan = await ok(step('caseManager', ADD_GOAL, plan, { statement, domain: 'SOCIAL_SUPPORT', priority: 'LOW' }));
        plan = await ok(step('caseManager', ADD_OBJECTIVE, plan, { goalId: plan.goals[plan.goals.length - 1].id, description: 'd', measure: 'm', target: 't' }));
      }
      plan = await ok(step('caseManager', SUBMIT, plan));
      plan = await ok(step('supervisor', APPROVE, plan));
      await ok(step('caseManager', REVISE, plan));
      expect(await statements()).toBe(few);
    });
  });

  describe("a case manager's plans in progress", () => {
    const MINE = `{ myCarePlansInProgress { ${PLAN} } }`;
    const ADD_TEAM_MEMBER = 'mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }';
    const mine = async (who: PlanWho) => (await ok<Plan[]>(as(who)(MINE))).map((plan) => plan.id);

    it('lists the drafts and submitted plans of enrollments they are primary case manager of or that they wrote, oldest first, audited; not active plans, not those of clients they only serve on the team of', async () => {
      // The outsider's caseload starts empty: two clients of theirs, one of the case manager's.
      const first = await enrolledClient(t, people().admin, people().outsider, setting.programId);
      const second = await enrolledClient(t, people().admin, people().outsider, setting.programId);
      const third = await enrolledClient(t, people().admin, people().outsider, setting.programId);
      const written = await draft(first.enrollmentId, 'supervisor');
      const submitted = await ok<Plan>(step('supervisor', SUBMIT, await draft(second.enrollmentId, 'supervisor')));
      await activePlan(t, people().outsider, people().supervisor, third.enrollmentId, today);
      // On the team of two of the case manager's clients: one plan the case manager writes, one the outsider does.
      const onTeam = async (enrollmentId: string) => {
        const [{ version }] = await t.db.query(`SELECT version FROM enrollment WHERE id = $1`, [enrollmentId]);
        await ok(as('supervisor')(ADD_TEAM_MEMBER, { input: { enrollmentId, version, userId: people().outsider.id, role: 'BACKUP_CASE_MANAGER' } }));
        return enrollmentId;
      };
      const othersDraft = await draft(await onTeam((await newEnrollment()).enrollmentId));
      const teamDraft = await draft(await onTeam((await newEnrollment()).enrollmentId), 'outsider');

      expect(await mine('outsider')).toEqual([written.id, submitted.id, teamDraft.id]);
      expect(await mine('caseManager')).toEqual(expect.arrayContaining([othersDraft.id, teamDraft.id]));
      expect(await mine('caseManager')).not.toContain(written.id);
      expect(await mine('supervisor')).toEqual(expect.arrayContaining([written.id, submitted.id]));
      expect(codeOf(await as('auditor')(MINE))).toBe('FORBIDDEN');
      const reads = await t.db.query(`SELECT client_id FROM audit_event WHERE entity_id = $1 AND action = 'READ' AND actor_id = $2`, [written.id, people().outsider.id]);
      expect(reads).toContainEqual({ client_id: first.clientId });
    });

    it('reads them in a fixed number of queries, however many there are', async () => {
      const statements = async () => {
        const spy = jest.spyOn(t.db.logger, 'logQuery');
        try {
          await ok(as('caseManager')(`{ myCarePlansInProgress { id programName author { id } goals { id } } }`));
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      await draft((await newEnrollment()).enrollmentId);
      const few = await statements();
      for (let i = 0; i < 3; i += 1) await draft((await newEnrollment()).enrollmentId);
      expect(await statements()).toBe(few);
    });
  });

  describe('templates', () => {
    let otherProgramId: string;
    beforeAll(async () => {
      otherProgramId = await newProgram(t, people().admin.token);
    });

    it('lets admins write templates, each problem named, and offers a program its own and the agency-wide ones', async () => {
      const mine = await ok(as('admin')(CREATE_TEMPLATE, { input: { programId: setting.programId, name: 'Mine', goals: [TEMPLATE_GOAL] } }));
      const everyone = await ok(as('admin')(CREATE_TEMPLATE, { input: { name: 'Everyone', description: 'For any program', goals: [] } }));
      expect(mine).toMatchObject({ version: 1, active: true, goals: [TEMPLATE_GOAL] });

      const bad = await as('admin')(CREATE_TEMPLATE, { input: { name: 'Bad', goals: [{ ...TEMPLATE_GOAL, priority: 'URGENT' }] } });
      expect(problem(bad)?.fields).toEqual([{ field: 'goals.0.priority', message: expect.stringContaining('must be one of') }]);
      expect(codeOf(await as('supervisor')(CREATE_TEMPLATE, { input: { name: 'No', goals: [] } }))).toBe('FORBIDDEN');
      expect(codeOf(await as('stranger')(CREATE_TEMPLATE, { input: { programId: setting.programId, name: 'No', goals: [] } }))).toBe('NOT_FOUND');

      const offered = await ok<{ name: string }[]>(as('caseManager')(PLAN_TEMPLATES, { programId: setting.programId }));
      expect(offered.map((template) => template.name)).toEqual(expect.arrayContaining(['Everyone', 'Mine']));
      const elsewhere = await ok<{ name: string }[]>(as('caseManager')(PLAN_TEMPLATES, { programId: otherProgramId }));
      expect(elsewhere.map((template) => template.name)).toContain('Everyone');
      expect(elsewhere.map((template) => template.name)).not.toContain('Mine');

      const retired = await ok(as('admin')(UPDATE_TEMPLATE, { input: { templateId: everyone.id, version: everyone.version, active: false } }));
      expect(retired).toMatchObject({ version: 2, active: false });
      expect(codeOf(await as('admin')(UPDATE_TEMPLATE, { input: { templateId: everyone.id, version: 1, name: 'Stale' } }))).toBe('CONFLICT');
      expect((await ok<{ name: string }[]>(as('caseManager')(PLAN_TEMPLATES, { programId: setting.programId }))).map((x) => x.name)).not.toContain('Everyone');
      expect((await ok<{ name: string }[]>(as('admin')(PLAN_TEMPLATES, { includeInactive: true }))).map((x) => x.name)).toContain('Everyone');
      expect(await ok(as('stranger')(PLAN_TEMPLATES, {}))).toEqual([]);

      // A plan cannot start from another program's template or a retired one.
      const { enrollmentId } = await enrolledClient(t, people().admin, people().caseManager, otherProgramId);
      const wrongProgram = await as('caseManager')(CREATE_PLAN, { input: { enrollmentId, effectiveOn: today, templateId: mine.id } });
      expect(problem(wrongProgram)?.fields).toEqual([{ field: 'templateId', message: 'is for another program' }]);
      const inactive = await as('caseManager')(CREATE_PLAN, { input: { enrollmentId, effectiveOn: today, templateId: everyone.id } });
      expect(problem(inactive)?.fields).toEqual([{ field: 'templateId', message: 'is inactive' }]);
    });
  });
});

