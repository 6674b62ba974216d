import { daysFromToday, newClient, newProgram, ok, signedIn, worker, type Worker } from './support/client-fixtures';
import { CHANGE_ENROLLMENT_STATUS, ENROLL } from './support/client-operations';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const CASELOADS = `query ($programId: ID) {
  caseloads(programId: $programId) { worker { id active } totalClients pendingClients activeClients onHoldClients highRiskClients shareOfAverage }
}`;

const MY_CASELOAD = `query ($first: Int, $after: String, $search: String) {
  myCaseload(first: $first, after: $after, search: $search) { totalCount edges { node { id clientNumber primaryCaseManager { id } } } pageInfo { hasNextPage endCursor } }
}`;

interface CaseloadClient {
  id: string;
  clientNumber: string;
  primaryCaseManager: { id: string };
}

describe('caseloads', () => {
  let t: TestApp;
  let agency: TestAgency;
  let admin: string;
  let supervisor: Worker;
  let ana: Worker;
  let ben: Worker;
  let cy: Worker;
  let gone: Worker;
  let first: string;
  let second: string;

  beforeAll(async () => {
    t = await startTestApp();
    agency = await newAgency(t);
    admin = (await signedIn(t, agency.admin)).token;
    supervisor = await worker(t, agency, 'SUPERVISOR');
    [ana, ben, cy, gone] = [
      await worker(t, agency, 'CASE_MANAGER'),
      await worker(t, agency, 'CASE_MANAGER'),
      await worker(t, agency, 'CASE_MANAGER'),
      await worker(t, agency, 'CASE_MANAGER'),
    ];
    await worker(t, agency, 'INTAKE');
    const idle = await worker(t, agency, 'CASE_MANAGER');
    await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [idle.id]);
    [first, second] = [await newProgram(t, admin), await newProgram(t, admin)];

    /** An enrollment led by `lead`, moved through `statuses`. */
    const caseOf = async (lead: Worker, programId: string, clientId: string, statuses: string[]) => {
      const input = { clientId, programId, openedOn: daysFromToday(-10), primaryCaseManagerId: lead.id, reason: 'r' };
      let enrollment = await ok(t.gql(ENROLL, { input }, { token: supervisor.token }));
      for (const status of statuses) {
        const extra = status === 'CLOSED' ? { reason: 'Done', date: daysFromToday(0) } : {};
        const input = { enrollmentId: enrollment.id, version: enrollment.version, status, ...extra };
        enrollment = await ok(t.gql(CHANGE_ENROLLMENT_STATUS, { input }, { token: supervisor.token }));
      }
    };
    const highRisk = await newClient(t, admin, { status: 'ACTIVE', riskLevel: 'HIGH' });
    // Ana: one high-risk client in two programs (counted once), one on hold, one pending, one closed (not counted).
    await caseOf(ana, first, highRisk, ['ACTIVE']);
    await caseOf(ana, second, highRisk, ['ACTIVE']);
    await caseOf(ana, first, await newClient(t, admin, { status: 'ACTIVE' }), ['ACTIVE', 'ON_HOLD']);
    await caseOf(ana, first, await newClient(t, admin, { status: 'ACTIVE' }), []);
    await caseOf(ana, first, await newClient(t, admin, { status: 'ACTIVE' }), ['ACTIVE', 'CLOSED']);
    // Ben: one high-risk client in the second program. Cy and the supervisor: none.
    await caseOf(ben, second, await newClient(t, admin, { status: 'ACTIVE', riskLevel: 'HIGH' }), ['ACTIVE']);
    // A worker who left still holds one case: it must not drop out of the count.
    await caseOf(gone, first, await newClient(t, admin, { status: 'ACTIVE' }), ['ACTIVE']);
    await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [gone.id]);
  });
  afterAll(() => t.close());

  const byWorker = (rows: { worker: { id: string } }[]) => new Map(rows.map((row) => [row.worker.id, row]));

  it('counts each worker’s open cases by status and risk, with their share of the average', async () => {
    const res = await t.gql(CASELOADS, {}, { token: supervisor.token });
    expect(res.errors).toBeUndefined();
    const rows = byWorker(res.data?.caseloads);
    // Active case managers and supervisors, and the departed worker still holding a case; not intake, not the idle deactivated one.
    expect(rows.size).toBe(5);
    expect(rows.get(ana.id)).toMatchObject({ totalClients: 3, activeClients: 1, onHoldClients: 1, pendingClients: 1, highRiskClients: 1, shareOfAverage: 3 });
    expect(rows.get(ben.id)).toMatchObject({ totalClients: 1, activeClients: 1, onHoldClients: 0, pendingClients: 0, highRiskClients: 1, shareOfAverage: 1 });
    expect(rows.get(cy.id)).toMatchObject({ totalClients: 0, shareOfAverage: 0 });
    expect(rows.get(supervisor.id)).toMatchObject({ totalClients: 0, shareOfAverage: 0 });
    expect(rows.get(gone.id)).toMatchObject({ worker: { id: gone.id, active: false }, totalClients: 1, activeClients: 1, shareOfAverage: 1 });
  });

  it('counts one program when asked', async () => {
    const rows = byWorker((await t.gql(CASELOADS, { programId: first }, { token: admin })).data?.caseloads);
    expect(rows.get(ana.id)).toMatchObject({ totalClients: 3, activeClients: 1, highRiskClients: 1, shareOfAverage: 3.75 });
    expect(rows.get(ben.id)).toMatchObject({ totalClients: 0, shareOfAverage: 0 });
    expect(rows.get(gone.id)).toMatchObject({ totalClients: 1, shareOfAverage: 1.25 });
  });

  it('is for supervisors and admins, about their own agency', async () => {
    expect(codeOf(await t.gql(CASELOADS, {}, { token: ana.token }))).toBe('FORBIDDEN');
    const other = await newAgency(t);
    const theirProgram = await newProgram(t, (await signedIn(t, other.admin)).token);
    expect(codeOf(await t.gql(CASELOADS, { programId: theirProgram }, { token: admin }))).toBe('NOT_FOUND');
  });

  it("lists a worker's own open cases as a client page, searchable and paginated", async () => {
    type Page = { myCaseload: { totalCount: number; edges: { node: CaseloadClient }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const firstPage = (await t.gql<Page>(MY_CASELOAD, { first: 2 }, { token: ana.token })).data?.myCaseload;
    expect(firstPage).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const secondPage = (await t.gql<Page>(MY_CASELOAD, { first: 2, after: firstPage?.pageInfo.endCursor }, { token: ana.token })).data?.myCaseload;
    const nodes = [...(firstPage?.edges ?? []), ...(secondPage?.edges ?? [])].map((edge) => edge.node);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(3);
    expect(nodes.every((node) => node.primaryCaseManager.id === ana.id)).toBe(true);

    const found = await t.gql(MY_CASELOAD, { search: nodes[2].clientNumber }, { token: ana.token });
    expect(found.data?.myCaseload.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([nodes[2].id]);
    expect((await t.gql(MY_CASELOAD, {}, { token: cy.token })).data?.myCaseload.totalCount).toBe(0);
    expect((await t.gql(MY_CASELOAD, {}, { token: ben.token })).data?.myCaseload.totalCount).toBe(1);

    // Each client shown is a read, and so are their enrollments (behind primaryCaseManager): two pages and a search, four rows each.
    const reads = await t.db.query(
      `SELECT entity_type, count(*)::int AS n FROM audit_event WHERE action = 'READ' AND actor_id = $1 AND client_id = ANY($2) GROUP BY entity_type ORDER BY entity_type`,
      [ana.id, nodes.map((node) => node.id)],
    );
    expect(reads).toEqual([{ entity_type: 'ClientList', n: 4 }, { entity_type: 'Enrollment', n: 4 }]);
    expect(codeOf(await t.gql(MY_CASELOAD, {}, { token: admin }))).toBe('FORBIDDEN');
  });
});
