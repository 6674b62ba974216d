import { daysFromToday, newClient, newProgram, ok, onCaseload, staff, type Worker } from './support/client-fixtures';
import { CHANGE_CLIENT_STATUS, CLOSE_ENROLLMENT } from './support/client-operations';
import { newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('client records: discharging and closing a client', () => {
  let t: TestApp;
  let agency: TestAgency;
  let workers: Record<'admin' | 'supervisor' | 'caseManager', Worker>;

  const change = (input: Record<string, unknown>) => t.gql(CHANGE_CLIENT_STATUS, { input }, { token: workers.caseManager.token });
  const asSupervisor = (input: Record<string, unknown>) => t.gql(CHANGE_CLIENT_STATUS, { input }, { token: workers.supervisor.token });
  const stateOf = async (clientId: string) =>
    (await t.db.query(`SELECT status, version, (SELECT count(*)::int FROM client_status_change s WHERE s.client_id = c.id) AS moves FROM client c WHERE id = $1`, [clientId]))[0];

  beforeAll(async () => {
    t = await startTestApp();
    agency = await newAgency(t);
    workers = await staff(t, { admin: agency.admin, supervisor: [agency, 'SUPERVISOR'], caseManager: [agency, 'CASE_MANAGER'] });
  });
  afterAll(() => t.close());

  it('asks why, and refuses while programs are still open, naming them; closing them first lets the client go', async () => {
    const clientId = await newClient(t, workers.admin.token, { status: 'ACTIVE' });
    const housing = await newProgram(t, workers.admin.token, {}, { name: 'Supported Housing' });
    const enrollmentId = await onCaseload(t, workers.admin.token, clientId, workers.caseManager.id, housing);
    const before = await stateOf(clientId);

    for (const reason of [undefined, null, '   ']) {
      const unexplained = await change({ clientId, version: before.version, status: 'DISCHARGED', reason });
      expect(unexplained.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: expect.any(String) }] });
    }
    const open = await change({ clientId, version: before.version, status: 'DISCHARGED', reason: 'Goals met' });
    expect(open.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'status', message: 'open enrollments: Supported Housing' }] });
    expect(open.errors?.[0].message).toContain('Supported Housing');
    expect(await stateOf(clientId)).toEqual(before);

    const enrollment = (await t.db.query(`SELECT version FROM enrollment WHERE id = $1`, [enrollmentId]))[0];
    await ok(t.gql(CLOSE_ENROLLMENT, { input: { enrollmentId, version: enrollment.version, closeReason: 'Goals met', closedOn: daysFromToday(0) } }, { token: workers.caseManager.token }));
    // With the last program closed, the case stays with its case manager until they discharge the client.
    const discharged = await ok(change({ clientId, version: before.version, status: 'DISCHARGED', reason: 'Goals met' }));
    expect(discharged.status).toBe('DISCHARGED');
    // Once discharged, the client has left the caseload: closing the case falls to a supervisor.
    const gone = await change({ clientId, version: discharged.version, status: 'CLOSED', reason: 'No contact for 90 days' });
    expect(gone.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const closed = await ok(asSupervisor({ clientId, version: discharged.version, status: 'CLOSED', reason: 'No contact for 90 days' }));
    expect(closed.status).toBe('CLOSED');
    expect(await t.db.query(`SELECT to_status, reason FROM client_status_change WHERE client_id = $1 ORDER BY changed_at`, [clientId])).toEqual([
      { to_status: 'INTAKE', reason: null },
      { to_status: 'ACTIVE', reason: null },
      { to_status: 'DISCHARGED', reason: 'Goals met' },
      { to_status: 'CLOSED', reason: 'No contact for 90 days' },
    ]);
  });

  it('closes an inquiry that never became a case once a reason is given', async () => {
    const clientId = await newClient(t, workers.admin.token, { status: 'INQUIRY' });
    const before = await stateOf(clientId);
    const unexplained = await t.gql(CHANGE_CLIENT_STATUS, { input: { clientId, version: before.version, status: 'CLOSED' } }, { token: workers.admin.token });
    expect(unexplained.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect(await stateOf(clientId)).toEqual(before);
    const closed = await ok(t.gql(CHANGE_CLIENT_STATUS, { input: { clientId, version: before.version, status: 'CLOSED', reason: 'Went elsewhere' } }, { token: workers.admin.token }));
    expect(closed.status).toBe('CLOSED');
  });
});
