import { auditRowsOf, daysFromToday, newClient, newProgram, ok, staff, type Worker } from './support/client-fixtures';
import { ADD_MEMBER, CHANGE_ENROLLMENT_STATUS, CLOSE_ENROLLMENT, ENROLL, REMOVE_MEMBER, SCREEN } from './support/client-operations';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

type Who = 'admin' | 'supervisor' | 'caseManager' | 'nurse' | 'intake';

describe('client records: who moves an enrollment on, team changes against the version seen, and what closing and screening record', () => {
  let t: TestApp;
  let agency: TestAgency;
  let workers: Record<Who, Worker>;

  const as = (who: Who) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, { token: workers[who].token });
  const rowOf = async (enrollmentId: string) =>
    (await t.db.query(`SELECT status, version, (SELECT count(*)::int FROM enrollment_team_member m WHERE m.enrollment_id = e.id) AS team FROM enrollment e WHERE id = $1`, [enrollmentId]))[0];
  const enrolledBy = async (who: Who) => {
    const clientId = await newClient(t, workers[who].token);
    const input = { clientId, programId: await newProgram(t, workers.admin.token), openedOn: daysFromToday(0), reason: 'Referral', primaryCaseManagerId: workers.caseManager.id };
    return (await ok(as('admin')(ENROLL, { input }))).id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    agency = await newAgency(t);
    workers = await staff(t, {
      admin: agency.admin,
      supervisor: [agency, 'SUPERVISOR'],
      caseManager: [agency, 'CASE_MANAGER'],
      nurse: [agency, 'CASE_MANAGER'],
      intake: [agency, 'INTAKE'],
    });
  });
  afterAll(() => t.close());

  it('leaves moving and closing an enrollment to the case team, not intake', async () => {
    const enrollmentId = await enrolledBy('intake');
    const before = await rowOf(enrollmentId);
    expect(codeOf(await as('intake')(CHANGE_ENROLLMENT_STATUS, { input: { enrollmentId, version: 1, status: 'ACTIVE' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('intake')(CLOSE_ENROLLMENT, { input: { enrollmentId, version: 1, closeReason: 'Withdrew', closedOn: daysFromToday(0) } }))).toBe('FORBIDDEN');
    expect(await rowOf(enrollmentId)).toEqual(before);
    const active = await ok(as('caseManager')(CHANGE_ENROLLMENT_STATUS, { input: { enrollmentId, version: 1, status: 'ACTIVE' } }));
    expect(active.status).toBe('ACTIVE');
  });

  it('adds and removes team members only at the version last seen, each change a new version', async () => {
    const enrollmentId = await enrolledBy('admin');
    const member = { enrollmentId, userId: workers.nurse.id, role: 'NURSE' };

    const added = await ok(as('supervisor')(ADD_MEMBER, { input: { ...member, version: 1 } }));
    expect([added.version, added.team]).toEqual([2, [{ user: { id: workers.nurse.id }, role: 'NURSE' }]]);
    expect(codeOf(await as('supervisor')(REMOVE_MEMBER, { input: { enrollmentId, userId: workers.nurse.id, version: 1 } }))).toBe('CONFLICT');
    expect(await rowOf(enrollmentId)).toMatchObject({ version: 2, team: 1 });

    const removed = await ok(as('supervisor')(REMOVE_MEMBER, { input: { enrollmentId, userId: workers.nurse.id, version: 2 } }));
    expect([removed.version, removed.team]).toEqual([3, []]);
    expect(codeOf(await as('supervisor')(ADD_MEMBER, { input: { ...member, version: 2 } }))).toBe('CONFLICT');
    expect(await rowOf(enrollmentId)).toMatchObject({ version: 3, team: 0 });
    const audits = await t.db.query(`SELECT action FROM audit_event WHERE entity_type = 'EnrollmentTeamMember' AND changes -> 'enrollmentId' ->> 'to' = $1 OR changes -> 'enrollmentId' ->> 'from' = $1 ORDER BY id`, [enrollmentId]);
    expect(audits).toEqual([{ action: 'CREATE' }, { action: 'DELETE' }]);
  });

  it("records whose assignment a closing ended, and what an eligibility screen was told", async () => {
    const enrollmentId = await enrolledBy('admin');
    await ok(as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId, version: 1, closeReason: 'Moved away', closedOn: daysFromToday(0) } }));
    const [, closed] = await auditRowsOf(t, enrollmentId);
    expect(closed.changes).toMatchObject({ status: { from: 'PENDING', to: 'CLOSED' }, assignmentEnded: { from: workers.caseManager.id } });

    const clientId = await newClient(t, workers.admin.token, { region: 'CA' });
    const programId = await newProgram(t, workers.admin.token, { requiresMedicaid: true, residencyRegions: ['California'] });
    const screen = await ok(as('admin')(SCREEN, { input: { clientId, programId, answers: { hasMedicaid: true, notes: 'Card seen' } } }));
    expect(screen.outcome).toBe('ELIGIBLE');
    const [created] = await auditRowsOf(t, screen.id);
    expect(created.changes).toEqual({
      programId: { to: programId },
      age: { to: null },
      hasMedicaid: { to: '[redacted]' },
      residencyRegion: { to: 'CA' },
      notesLength: { to: 9 },
      outcome: { to: 'ELIGIBLE' },
      reasons: { to: [] },
    });
  });
});
