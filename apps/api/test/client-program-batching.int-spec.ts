import { daysFromToday, newClient, newProgram, signedIn, worker, type Worker } from './support/client-fixtures';
import { ADD_MEMBER, ENROLL } from './support/client-operations';
import { newAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const PAGE = `{ clients(first: 50) { edges { node {
  id primaryCaseManager { id displayName } enrollments { status program { code } primaryCaseManager { id } }
} } } }`;
const ENROLLMENTS = `query ($clientId: ID!) { clientEnrollments(clientId: $clientId) {
  program { code } primaryCaseManager { id } team { user { id } role } assignments { caseManager { id } assignedBy { id } }
} }`;

interface PageClient {
  id: string;
  primaryCaseManager: { id: string } | null;
  enrollments: { program: { code: string }; primaryCaseManager: { id: string } }[];
}

describe('a page of clients with their enrollments and case managers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  interface Agency {
    admin: string;
    supervisor: Worker;
    workers: Worker[];
  }

  async function newStaffedAgency(): Promise<Agency> {
    const agency = await newAgency(t);
    return {
      admin: (await signedIn(t, agency.admin)).token,
      supervisor: await worker(t, agency, 'SUPERVISOR'),
      workers: [await worker(t, agency, 'CASE_MANAGER'), await worker(t, agency, 'CASE_MANAGER'), await worker(t, agency, 'CASE_MANAGER')],
    };
  }

  /** Enrolls the client in each program, led by a worker in turn, with the next worker on the team. */
  async function enrollInEach(agency: Agency, clientId: string, programs: string[], offset = 0) {
    for (const [p, programId] of programs.entries()) {
      const [lead, helper] = [agency.workers[(offset + p) % 3], agency.workers[(offset + p + 1) % 3]];
      const input = { clientId, programId, openedOn: daysFromToday(-p), primaryCaseManagerId: lead.id, reason: 'Referral' };
      const enrollment = (await t.gql(ENROLL, { input }, { token: agency.supervisor.token })).data?.enrollClient;
      await t.gql(ADD_MEMBER, { input: { enrollmentId: enrollment.id, version: enrollment.version, userId: helper.id, role: 'BACKUP_CASE_MANAGER' } }, { token: agency.supervisor.token });
    }
  }

  /** Answers the operation and counts the SQL statements the API ran for it, through TypeORM's logger. */
  async function counted<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ statements: number; data: T }> {
    const spy = jest.spyOn(t.db.logger, 'logQuery');
    try {
      const res = await t.gql<T>(query, variables, { token });
      if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
      return { statements: spy.mock.calls.length, data: res.data };
    } finally {
      spy.mockRestore();
    }
  }

  const page = async (agency: Agency) => {
    const { statements, data } = await counted<{ clients: { edges: { node: PageClient }[] } }>(agency.supervisor.token, PAGE);
    return { statements, clients: data.clients.edges.map((edge) => edge.node) };
  };

  it('costs the same number of SQL statements for 20 clients as for 2', async () => {
    const [small, large] = [await newStaffedAgency(), await newStaffedAgency()];
    for (const agency of [small, large]) {
      const programs = [await newProgram(t, agency.admin), await newProgram(t, agency.admin)];
      for (let i = 0; i < (agency === small ? 2 : 20); i++) await enrollInEach(agency, await newClient(t, agency.admin), programs, i);
    }
    const few = await page(small);
    const many = await page(large);

    expect(few.clients).toHaveLength(2);
    expect(many.clients).toHaveLength(20);
    for (const client of many.clients) {
      expect(client.enrollments).toHaveLength(2);
      expect(client.primaryCaseManager?.id).toBe(client.enrollments[0].primaryCaseManager.id);
    }
    expect(many.statements).toBe(few.statements);
    // Twenty clients enrolled and staffed through the API, each enrollment planning its deadlines.
  }, 90_000);

  it("costs the same for a client's 12 enrollments, with teams and assignment histories, as for 2", async () => {
    const agency = await newStaffedAgency();
    const programs = [];
    for (let i = 0; i < 12; i++) programs.push(await newProgram(t, agency.admin));
    const [two, twelve] = [await newClient(t, agency.admin), await newClient(t, agency.admin)];
    await enrollInEach(agency, two, programs.slice(0, 2));
    await enrollInEach(agency, twelve, programs);
    type Enrollments = { clientEnrollments: { team: unknown[]; assignments: unknown[] }[] };
    const few = await counted<Enrollments>(agency.supervisor.token, ENROLLMENTS, { clientId: two });
    const many = await counted<Enrollments>(agency.supervisor.token, ENROLLMENTS, { clientId: twelve });
    expect(many.data.clientEnrollments).toHaveLength(12);
    expect(many.data.clientEnrollments.every((e) => e.team.length === 1 && e.assignments.length === 1)).toBe(true);
    // Team members' and assignees' names load in one batch or two, whichever of their queries answers first; never one per row.
    expect(Math.abs(many.statements - few.statements)).toBeLessThanOrEqual(1);
  });

  it('names the case manager of the most recent open enrollment, and audits the enrollments read per client', async () => {
    const agency = await newStaffedAgency();
    const [older, newer] = agency.workers;
    const clientId = await newClient(t, agency.admin);
    const enroll = async (lead: string, openedOn: string) =>
      t.gql(ENROLL, { input: { clientId, programId: await newProgram(t, agency.admin), openedOn, primaryCaseManagerId: lead, reason: 'r' } }, { token: agency.supervisor.token });
    await enroll(newer.id, daysFromToday(-5));
    await enroll(older.id, daysFromToday(-100));
    const { clients } = await page(agency);
    expect(clients).toEqual([expect.objectContaining({ id: clientId, primaryCaseManager: { id: newer.id, displayName: expect.any(String) } })]);
    const reads = await t.db.query(`SELECT actor_id FROM audit_event WHERE action = 'READ' AND entity_type = 'Enrollment' AND client_id = $1`, [clientId]);
    expect(reads).toEqual([{ actor_id: agency.supervisor.id }]);
  });

});
