import { randomUUID } from 'node:crypto';
import { WorklistSweep } from '@waymark/api/care-plan';
import {
  addMonths,
  answerProblem,
  type Answers,
  allQuestions,
  findNeeds,
  type InstrumentDefinition,
  missingRequired,
  normalizeProgramRules,
  planTemplateProblems,
  scoreAnswers,
  TASK_KINDS,
  todayIsoDate,
} from '@waymark/shared/types';
import { DEMO_PASSWORD } from '../src/seed/demo-agencies';
import { seedDemo } from '../src/seed/seed-demo';
import { signIn } from './support/factories';
import { ownDemoAgencies } from './support/own-demo-agencies';
import { runCli } from './support/run-cli';
import { startTestApp, type TestApp } from './support/test-app';

const SLOW = 180_000;
const CARE_TABLES = ['instrument', 'plan_template', 'assessment', 'person_directed_plan', 'care_plan', 'care_plan_goal', 'care_plan_objective', 'care_plan_intervention', 'progress_entry', 'task', 'discharge_plan'];

describe('demo seed: care planning', () => {
  let t: TestApp;
  const suffix = randomUUID().slice(0, 8);
  const agencies = ownDemoAgencies(suffix, [150, 40]);
  const [riverside] = agencies;
  const lines: string[] = [];
  let riversideId: string;
  let slugs: string[];
  const one = async <T>(sql: string, params: unknown[]): Promise<T> => (await t.db.query(sql, params))[0];

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.app, (line) => lines.push(line), { agencies });
    slugs = agencies.map((a) => a.slug);
    riversideId = (await one<{ id: string }>(`SELECT id FROM agency WHERE slug = $1`, [riverside.slug])).id;
  }, SLOW);
  afterAll(() => t.close());

  it('gives each agency the starter instruments and its programs’ templates, saying how far it got', async () => {
    expect(lines.filter((line) => line.includes(' care: '))).toHaveLength(2);
    const rows: { slug: string; instruments: string[]; templates: number }[] = await t.db.query(
      `SELECT a.slug,
              array(SELECT i.code || '@' || i.revision FROM instrument i WHERE i.agency_id = a.id ORDER BY i.code) AS instruments,
              (SELECT count(*) FROM plan_template p WHERE p.agency_id = a.id)::int AS templates
       FROM agency a WHERE a.slug = ANY($1) ORDER BY a.slug`,
      [slugs],
    );
    const starter = ['DISCHARGE_SURVEY@1', 'FUNCTIONAL@1', 'PSYCHOSOCIAL@1', 'SOCIAL_NEEDS@1'];
    expect(rows).toEqual([
      { slug: agencies[1].slug, instruments: starter, templates: 4 },
      { slug: riverside.slug, instruments: starter, templates: 6 },
    ]);
  });

  it('plans care a demo can show: plans in every state, approved by someone else, goals with objectives and interventions, progress and its lack', async () => {
    const statuses: { status: string; count: number }[] = await t.db.query(`SELECT status, count(*)::int AS count FROM care_plan WHERE agency_id = $1 GROUP BY status`, [riversideId]);
    expect(statuses.map((s) => s.status).sort()).toEqual(['ACTIVE', 'DRAFT', 'PENDING_APPROVAL', 'SUPERSEDED']);
    const [checks] = await t.db.query(
      `SELECT count(*) FILTER (WHERE p.status IN ('ACTIVE', 'SUPERSEDED') AND (p.approved_by IS NULL OR p.approved_by = p.author_id OR u.role NOT IN ('SUPERVISOR', 'ADMIN')))::int AS badly_approved,
              count(*) FILTER (WHERE p.status = 'ACTIVE' AND p.acknowledged_on IS NOT NULL)::int AS acknowledged,
              count(*) FILTER (WHERE p.status = 'ACTIVE' AND (SELECT count(*) FROM care_plan_goal g WHERE g.care_plan_id = p.id) NOT BETWEEN 2 AND 3)::int AS odd_goal_counts,
              count(*) FILTER (WHERE p.status = 'PENDING_APPROVAL' AND a.email = $2)::int AS pending_by_demo_login,
              count(*) FILTER (WHERE p.revision > 1 AND p.previous_id IS NULL)::int AS orphan_revisions
       FROM care_plan p LEFT JOIN app_user u ON u.id = p.approved_by JOIN app_user a ON a.id = p.author_id WHERE p.agency_id = $1`,
      [riversideId, riverside.users.find((u) => u.role === 'CASE_MANAGER')?.email],
    );
    expect(checks).toMatchObject({ badly_approved: 0, odd_goal_counts: 0, orphan_revisions: 0 });
    expect(checks.pending_by_demo_login).toBeGreaterThanOrEqual(3);
    expect(checks.acknowledged).toBeGreaterThan(0);
    const [parts] = await t.db.query(
      `SELECT (SELECT count(*) FROM care_plan_goal g WHERE g.agency_id = $1 AND NOT EXISTS (SELECT 1 FROM care_plan_objective o WHERE o.goal_id = g.id))::int AS goals_without_objectives,
              (SELECT count(*) FROM care_plan_goal g WHERE g.agency_id = $1 AND NOT EXISTS (SELECT 1 FROM care_plan_intervention v WHERE v.goal_id = g.id))::int AS goals_without_interventions,
              (SELECT count(*) FROM care_plan_goal g WHERE g.agency_id = $1 AND g.source_need IS NOT NULL)::int AS goals_from_needs,
              (SELECT count(DISTINCT goal_key) FROM progress_entry e WHERE e.agency_id = $1
                 AND e.rating <= 2 AND e.recorded_on = (SELECT max(x.recorded_on) FROM progress_entry x WHERE x.agency_id = $1 AND x.goal_key = e.goal_key))::int AS goals_lacking_progress,
              (SELECT count(*) FROM discharge_plan d WHERE d.agency_id = $1)::int AS discharge_plans`,
      [riversideId],
    );
    expect(parts).toMatchObject({ goals_without_objectives: 0, goals_without_interventions: 0 });
    expect(parts.goals_from_needs).toBeGreaterThan(20);
    expect(parts.goals_lacking_progress).toBeGreaterThan(0);
    expect(parts.discharge_plans).toBeGreaterThan(0);
    const kinds: string[] = (await t.db.query(`SELECT DISTINCT kind FROM client_timeline_entry WHERE agency_id = $1`, [riversideId])).map((row: { kind: string }) => row.kind);
    expect(kinds).toEqual(expect.arrayContaining(['ASSESSMENT', 'CARE_PLAN', 'PROGRESS', 'DISCHARGE']));
  });

  it('gives the demo case manager work overdue, due today and due this week, and the supervisors an approval queue', async () => {
    const email = riverside.users.find((u) => u.role === 'CASE_MANAGER')?.email;
    const [work] = await t.db.query(
      `SELECT count(*) FILTER (WHERE t.due_on < $2)::int AS overdue,
              count(*) FILTER (WHERE t.due_on = $2)::int AS today,
              count(*) FILTER (WHERE t.due_on > $2 AND t.due_on <= $2::date + 7)::int AS this_week
       FROM task t JOIN app_user u ON u.id = t.assignee_id WHERE u.email = $1 AND t.status = 'OPEN'`,
      [email, todayIsoDate()],
    );
    expect(work.overdue).toBeGreaterThanOrEqual(3);
    expect(work.today).toBeGreaterThanOrEqual(3);
    expect(work.this_week).toBeGreaterThanOrEqual(3);
    const [queue] = await t.db.query(`SELECT count(*)::int AS count FROM task WHERE agency_id = $1 AND kind = 'PLAN_APPROVAL' AND status = 'OPEN' AND assignee_id IS NULL`, [riversideId]);
    expect(queue.count).toBeGreaterThanOrEqual(3);
  });

  it('reads back through the API as the demo logins see it: the morning summary, the approval queue, assessments, plans and progress', async () => {
    const as = async (role: string) => (await signIn(t, { email: riverside.users.find((u) => u.role === role)?.email as string }, DEMO_PASSWORD)).accessToken;
    const casey = await as('CASE_MANAGER');
    const summary = await t.gql(`{ workSummary { overdue dueToday upcoming caseload } }`, {}, { token: casey });
    expect(summary.errors).toBeUndefined();
    expect(summary.data?.workSummary).toMatchObject({ overdue: expect.any(Number), dueToday: expect.any(Number) });
    expect(summary.data?.workSummary.dueToday).toBeGreaterThanOrEqual(3);
    expect(summary.data?.workSummary.overdue).toBeGreaterThanOrEqual(3);

    const supervisor = await as('SUPERVISOR');
    const queue = await t.gql(`{ carePlansAwaitingApproval(first: 100) { edges { node { id mayApprove client { displayName } goals { statement } } } } planTemplates { name goals } }`, {}, { token: supervisor });
    expect(queue.errors).toBeUndefined();
    const plans = queue.data?.carePlansAwaitingApproval.edges.map((edge: { node: unknown }) => edge.node);
    expect(plans.length).toBeGreaterThanOrEqual(3);
    expect(plans.filter((plan: { mayApprove: boolean; goals: unknown[] }) => !(plan.mayApprove && plan.goals.length >= 2))).toEqual([]);
    for (const template of queue.data?.planTemplates ?? []) expect({ name: template.name, problems: planTemplateProblems(template.goals) }).toEqual({ name: template.name, problems: [] });

    const [client] = await t.db.query(
      `SELECT p.client_id FROM care_plan p WHERE p.agency_id = $1 AND p.status = 'SUPERSEDED' AND EXISTS (SELECT 1 FROM progress_entry e WHERE e.client_id = p.client_id) LIMIT 1`,
      [riversideId],
    );
    const story = await t.gql(
      `query($id: ID!) {
        clientAssessments(clientId: $id) { status instrument { code } scores { key total bandLabel { en } } needs { domain source } nextDueOn }
        clientCarePlans(clientId: $id) { revision status goals { statement objectives { measure target } interventions { responsible frequency } } }
        clientProgress(clientId: $id) { statement latestRating lackOfProgress entries { rating recordedOn } }
      }`,
      { id: client.client_id },
      { token: supervisor },
    );
    expect(story.errors).toBeUndefined();
    expect(story.data?.clientAssessments.some((a: { status: string; scores: unknown[] }) => a.status === 'COMPLETED')).toBe(true);
    expect(story.data?.clientCarePlans.map((p: { status: string }) => p.status)).toEqual(expect.arrayContaining(['ACTIVE', 'SUPERSEDED']));
    expect(story.data?.clientProgress.every((goal: { entries: unknown[] }) => goal.entries.length > 0)).toBe(true);
  });

  it('stores each completed assessment with the answers, scores, needs and next due date the API would have given it', async () => {
    const rows: { answers: Answers; scores: unknown; needs: unknown; definition: InstrumentDefinition; completed_on: string; next_due_on: string | null; code: string; rules: object }[] = await t.db.query(
      `SELECT a.answers, a.scores, a.needs, i.definition, i.code, p.rules,
              to_char(a.completed_on, 'YYYY-MM-DD') AS completed_on, to_char(a.next_due_on, 'YYYY-MM-DD') AS next_due_on
       FROM assessment a JOIN instrument i ON i.id = a.instrument_id JOIN enrollment e ON e.id = a.enrollment_id JOIN program p ON p.id = e.program_id
       WHERE a.agency_id = $1 AND a.status = 'COMPLETED'`,
      [riversideId],
    );
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((row) => row.code))).toEqual(new Set(['PSYCHOSOCIAL', 'SOCIAL_NEEDS', 'FUNCTIONAL', 'DISCHARGE_SURVEY']));
    for (const row of rows) {
      const questions = new Map(allQuestions(row.definition).map((q) => [q.key, q]));
      const problems = Object.entries(row.answers).flatMap(([key, value]) => {
        const question = questions.get(key);
        const problem = question ? answerProblem(question, value) : 'is not a question';
        return problem ? [`${key} ${problem}`] : [];
      });
      const renew = normalizeProgramRules(row.rules).requiredInstruments.find((rule) => rule.instrumentCode === row.code)?.renewEveryMonths;
      expect({ code: row.code, problems, missing: missingRequired(row.definition, row.answers) }).toEqual({ code: row.code, problems: [], missing: [] });
      expect({ scores: row.scores, needs: row.needs }).toEqual({ scores: scoreAnswers(row.definition, row.answers), needs: findNeeds(row.definition, row.answers) });
      expect(row.next_due_on).toBe(renew ? addMonths(row.completed_on, renew) : null);
    }
    const [drafts] = await t.db.query(`SELECT count(*)::int AS count FROM assessment WHERE agency_id = $1 AND status = 'IN_PROGRESS'`, [riversideId]);
    expect(drafts.count).toBeGreaterThan(0);
  });

  it('keys generated tasks as the worklist does, so a sweep finds nothing to add, close or reassign', async () => {
    const snapshot = async () =>
      t.db.query(
        `SELECT t.id, t.kind, t.status, t.dedupe_key, to_char(t.due_on, 'YYYY-MM-DD') AS due_on, t.assignee_id, t.escalated_at IS NOT NULL AS escalated
         FROM task t JOIN agency a ON a.id = t.agency_id WHERE a.slug = ANY($1) ORDER BY t.id`,
        [slugs],
      );
    const before: { kind: string; dedupe_key: string | null }[] = await snapshot();
    const generated = before.filter((task) => task.kind !== 'MANUAL');
    expect(new Set(before.map((task) => task.kind))).toEqual(new Set(TASK_KINDS));
    for (const task of generated) expect(task.dedupe_key).toMatch(new RegExp(`^${task.kind}:[0-9a-f-]{36}:.+$`));
    expect(before.filter((task) => task.kind === 'MANUAL').every((task) => task.dedupe_key === null)).toBe(true);

    await t.app.get(WorklistSweep).run();
    expect(await snapshot()).toEqual(before);
  }, SLOW);

  it('adds nothing when run again', async () => {
    const count = () =>
      one(`SELECT ${CARE_TABLES.map((table) => `(SELECT count(*) FROM ${table} x JOIN agency a ON a.id = x.agency_id WHERE a.slug = ANY($1))::int AS ${table}`).join(', ')}`, [slugs]);
    const before = await count();
    const again: string[] = [];
    await seedDemo(t.app, (line) => again.push(line), { agencies });
    expect(again).toEqual([
      ...agencies.map((demo, i) => `seed: [${i + 1}/2] ${demo.name}: already there`),
      `seed: directory of ${agencies[0].name}: already there`,
      `seed: directory entry of ${agencies[1].name}: already there`,
      `seed: referrals of ${agencies[0].name}: already there`,
    ]);
    expect(await count()).toEqual(before);
  }, SLOW);

  it('audits every care record it writes as created by the system', async () => {
    const audited = { plan_template: 'PlanTemplate', assessment: 'Assessment', person_directed_plan: 'PersonDirectedPlan', care_plan: 'CarePlan', progress_entry: 'ProgressEntry', task: 'Task', discharge_plan: 'DischargePlan' };
    for (const [table, entityType] of Object.entries(audited)) {
      const { rows, unaudited } = await one<{ rows: number; unaudited: number }>(
        `SELECT count(*)::int AS rows,
                count(*) FILTER (WHERE NOT EXISTS (
                  SELECT 1 FROM audit_event e
                  WHERE e.agency_id = r.agency_id AND e.entity_type = $2 AND e.entity_id = r.id::text AND e.action = 'CREATE' AND e.actor_type = 'SYSTEM'
                ))::int AS unaudited
         FROM ${table} r WHERE r.agency_id = $1`,
        [riversideId, entityType],
      );
      expect({ table, seeded: rows > 0, unaudited }).toEqual({ table, seeded: true, unaudited: 0 });
    }
  });

  it('gives an agency made with agency:create the starter instruments, published by the system', async () => {
    const slug = `care-${suffix}`;
    const result = await runCli('create-agency', '--name', 'Care Start', '--slug', slug, '--admin-email', `admin@${slug}.test`, '--admin-name', 'First Admin', {
      env: { WAYMARK_ADMIN_PASSWORD: 'Initial-Passphrase-2026' },
    });
    expect(result.stderr).toBe('');
    const rows: { code: string; revision: number; active: boolean; actor_type: string }[] = await t.db.query(
      `SELECT i.code, i.revision, i.active, e.actor_type
       FROM instrument i JOIN agency a ON a.id = i.agency_id
       JOIN audit_event e ON e.agency_id = i.agency_id AND e.entity_type = 'Instrument' AND e.entity_id = i.id::text AND e.action = 'CREATE'
       WHERE a.slug = $1 ORDER BY i.code`,
      [slug],
    );
    expect(rows).toEqual(
      ['DISCHARGE_SURVEY', 'FUNCTIONAL', 'PSYCHOSOCIAL', 'SOCIAL_NEEDS'].map((code) => ({ code, revision: 1, active: true, actor_type: 'SYSTEM' })),
    );
  }, SLOW);
});
