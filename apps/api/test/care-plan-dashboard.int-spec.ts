import { APPROVE, activePlan, enrolledClient, planSetting, type PlanSetting, REVISE, SUBMIT, type Plan } from './support/care-plan-plan-fixtures';
import { COMPLETE_TASK, CREATE_TASK } from './support/care-plan-worklist-fixtures';
import { daysFromToday, newClient, newProgram, ok, onCaseload } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const CASELOAD_NEXT_TASKS = `query ($first: Int!) {
  myCaseload(first: $first) { totalCount edges { node { id displayName riskLevel nextTask { id title dueOn } } } }
  overdue: myTasks(timing: OVERDUE, first: $first) { totalCount edges { node { id title dueOn clientId } } }
}`;

const ACTIVE_PLAN = `query ($clientId: ID!) { activeCarePlan(clientId: $clientId) { id revision status goals { id statement } } }`;

const CLIENT_NEXT_TASK = `query ($id: ID!) { client(id: $id) { id nextTask { id } } }`;

interface CaseloadPage {
  myCaseload: { totalCount: number; edges: { node: { id: string; nextTask: { id: string; title: string; dueOn: string } | null } }[] };
  overdue: { totalCount: number; edges: { node: { id: string; clientId: string | null } }[] };
}

describe('care planning: the dashboard and the profile read at scale', () => {
  let t: TestApp;
  let world: PlanSetting;
  const cm = () => world.people.caseManager;
  const task = (token: string, input: Record<string, unknown>) => ok(t.gql(CREATE_TASK, { input: { title: 'Call the landlord', ...input } }, { token }));

  /** The page and the SQL statements its request sent. */
  const caseloadPage = async (first: number) => {
    const res = await t.post({ query: CASELOAD_NEXT_TASKS, variables: { first } }, { token: cm().token });
    expect(res.body.errors).toBeUndefined();
    return { page: res.body.data as CaseloadPage, statements: Number(res.headers['x-sql-statements']) };
  };

  beforeAll(async () => {
    t = await startTestApp({ REPORT_SQL_STATEMENTS: 'true' });
    world = await planSetting(t);
  });
  afterAll(() => t.close());

  it("gives each client of a caseload page their open task due soonest (whoever holds it), null when none, in as many statements for 20 clients as for 2, and never another agency's", async () => {
    const admin = world.people.admin.token;
    // A program without deadlines: the only tasks are the ones written here.
    const programId = await newProgram(t, admin, {}, { rules: {} });
    const clients: string[] = [];
    for (let i = 0; i < 20; i++) {
      const clientId = await newClient(t, admin, { status: 'ACTIVE' });
      await onCaseload(t, admin, clientId, cm().id, programId);
      clients.push(clientId);
    }
    const [busy, handedOver, idle] = clients;
    const later = await task(cm().token, { clientId: busy, dueOn: daysFromToday(5) });
    const soonest = await task(cm().token, { clientId: busy, dueOn: daysFromToday(2) });
    const done = await task(cm().token, { clientId: busy, dueOn: daysFromToday(-3) });
    await ok(t.gql(COMPLETE_TASK, { input: { taskId: done.id, version: done.version } }, { token: cm().token }));
    const overdue = await task(cm().token, { clientId: clients[3], dueOn: daysFromToday(-1) });
    // The supervisor gives another worker a task about a client of this caseload: it is still the client's next.
    const theirs = await task(world.people.supervisor.token, { clientId: handedOver, dueOn: daysFromToday(1), assigneeId: world.people.outsider.id });
    // The other agency's own client and task, due before all of them.
    const strangerClient = await newClient(t, world.people.stranger.token, { status: 'ACTIVE' });
    const strangerTask = await task(world.people.stranger.token, { clientId: strangerClient, dueOn: daysFromToday(-30) });

    const small = await caseloadPage(2);
    const { page, statements } = await caseloadPage(20);
    expect(small.statements).toBe(statements);
    expect(small.page.myCaseload.edges).toHaveLength(2);

    const next = new Map(page.myCaseload.edges.map(({ node }) => [node.id, node.nextTask]));
    expect(next.size).toBe(20);
    expect(next.get(busy)).toMatchObject({ id: soonest.id, dueOn: daysFromToday(2) });
    expect(next.get(handedOver)).toMatchObject({ id: theirs.id });
    expect(next.get(idle)).toBeNull();
    expect(next.get(clients[3])).toMatchObject({ id: overdue.id });
    expect([...next.values()].map((shown) => shown?.id)).not.toContain(later.id);
    expect([...next.values()].map((shown) => shown?.id)).not.toContain(strangerTask.id);
    expect(page.overdue.edges.map(({ node }) => [node.id, node.clientId])).toEqual([[overdue.id, clients[3]]]);
    expect(page.overdue.totalCount).toBe(1);

    // Each next task shown is a read of its client's record.
    const reads = await t.db.query(`SELECT client_id FROM audit_event WHERE action = 'READ' AND entity_type = 'Task' AND entity_id = $1 AND actor_id = $2`, [soonest.id, cm().id]);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((row: { client_id: string }) => row.client_id === busy)).toBe(true);

    // The other agency reaches neither the client nor its next task.
    expect(codeOf(await t.gql(CLIENT_NEXT_TASK, { id: busy }, { token: world.people.stranger.token }))).toBe('NOT_FOUND');
  });

  it('finds the plan in force: the ACTIVE version with its goals, the revision once approved, null without one; audited like carePlan, refused to another agency', async () => {
    const { clientId, enrollmentId } = await enrolledClient(t, world.people.admin, cm(), world.programId);
    const read = (token: string) => t.gql(ACTIVE_PLAN, { clientId }, { token });

    expect((await read(cm().token)).data?.activeCarePlan).toBeNull();

    const first = await activePlan(t, cm(), world.people.supervisor, enrollmentId, daysFromToday(0));
    const revision = await ok<Plan>(t.gql(REVISE, { input: { carePlanId: first.id, version: first.version } }, { token: cm().token }));
    // A revision being written leaves the approved version in force.
    expect(await ok(read(cm().token))).toMatchObject({ id: first.id, status: 'ACTIVE', revision: 1, goals: [{ statement: 'Keep my apartment' }] });

    const submitted = await ok<Plan>(t.gql(SUBMIT, { input: { carePlanId: revision.id, version: revision.version } }, { token: cm().token }));
    await ok(t.gql(APPROVE, { input: { carePlanId: submitted.id, version: submitted.version } }, { token: world.people.supervisor.token }));
    expect(await ok(read(cm().token))).toMatchObject({ id: revision.id, status: 'ACTIVE', revision: 2 });

    const audit = await t.db.query(`SELECT actor_id, client_id FROM audit_event WHERE action = 'READ' AND entity_type = 'CarePlan' AND entity_id = $1`, [revision.id]);
    expect(audit).toContainEqual({ actor_id: cm().id, client_id: clientId });

    expect(codeOf(await read(world.people.stranger.token))).toBe('NOT_FOUND');
    expect(codeOf(await read(world.people.outsider.token))).toBe('FORBIDDEN');
  });
});
