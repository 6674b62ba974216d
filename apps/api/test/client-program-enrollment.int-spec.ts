import { auditRowsOf, bornYearsAgo, daysFromToday, newClient, newProgram, staff, worker, type Worker } from './support/client-fixtures';
import {
  ADD_MEMBER,
  ASSIGN,
  CHANGE_ENROLLMENT_STATUS,
  CLIENT_ENROLLMENTS,
  CLOSE_ENROLLMENT,
  ENROLL,
  REMOVE_MEMBER,
  SCREEN,
  UPDATE_CLIENT,
} from './support/client-operations';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const NOBODY = '00000000-0000-0000-0000-000000000000';
const CLIENT = `query ($id: ID!) { client(id: $id) { id primaryCaseManager { id } } }`;

describe('enrollments, assignments and teams', () => {
  let t: TestApp;
  let agency: TestAgency;
  let other: TestAgency;
  let admin: string;
  let otherAdmin: string;
  let intake: Worker;
  let supervisor: Worker;
  let ana: Worker;
  let ben: Worker;
  let auditor: Worker;
  let program: string;

  beforeAll(async () => {
    t = await startTestApp();
    [agency, other] = [await newAgency(t), await newAgency(t)];
    const people = await staff(t, {
      admin: agency.admin,
      otherAdmin: other.admin,
      intake: [agency, 'INTAKE'],
      supervisor: [agency, 'SUPERVISOR'],
      ana: [agency, 'CASE_MANAGER'],
      ben: [agency, 'CASE_MANAGER'],
      auditor: [agency, 'AUDITOR'],
    });
    ({ intake, supervisor, ana, ben, auditor } = people);
    [admin, otherAdmin] = [people.admin.token, people.otherAdmin.token];
    program = await newProgram(t, admin);
  });
  afterAll(() => t.close());

  const enrollmentRow = async (id: string) =>
    (await t.db.query(`SELECT status, version, closed_on::text, close_reason, primary_case_manager_id FROM enrollment WHERE id = $1`, [id]))[0];
  const enroll = async (clientId: string, token = intake.token, extra: Record<string, unknown> = {}) => {
    const res = await t.gql(ENROLL, { input: { clientId, programId: program, openedOn: daysFromToday(-30), reason: 'Referred by the county', ...extra } }, { token });
    return res;
  };
  const enrolled = async (clientId: string, extra: Record<string, unknown> = {}) => {
    const res = await enroll(clientId, supervisor.token, extra);
    if (!res.data?.enrollClient) throw new Error(JSON.stringify(res.errors));
    return res.data.enrollClient as { id: string; version: number };
  };
  const change = (enrollmentId: string, version: number, status: string, extra: Record<string, unknown> = {}, token = supervisor.token) =>
    t.gql(CHANGE_ENROLLMENT_STATUS, { input: { enrollmentId, version, status, ...extra } }, { token });

  describe('enrolling', () => {
    it('opens a PENDING enrollment with its reason, on the timeline and in the audit trail', async () => {
      const clientId = await newClient(t, admin);
      const res = await enroll(clientId);
      expect(res.errors).toBeUndefined();
      const enrollment = res.data?.enrollClient;
      expect(enrollment).toMatchObject({
        clientId,
        status: 'PENDING',
        openedOn: daysFromToday(-30),
        closedOn: null,
        openReason: 'Referred by the county',
        program: { id: program },
        primaryCaseManager: null,
        team: [],
        assignments: [],
      });
      expect(await auditRowsOf(t, enrollment.id)).toEqual([
        expect.objectContaining({ action: 'CREATE', entity_type: 'Enrollment', client_id: clientId, actor_id: intake.id, reason: 'Referred by the county' }),
      ]);
      const timeline = await t.db.query(`SELECT kind, summary FROM client_timeline_entry WHERE source_id = $1`, [enrollment.id]);
      expect(timeline).toEqual([{ kind: 'ENROLLMENT', summary: expect.stringMatching(/^Enrolled in Program /) }]);
    });

    it('allows one open enrollment per client and program', async () => {
      const clientId = await newClient(t, admin);
      await enrolled(clientId);
      const again = await enroll(clientId);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'programId', message: 'already enrolled' }] });
      expect(await t.db.query(`SELECT 1 FROM enrollment WHERE client_id = $1`, [clientId])).toHaveLength(1);
      // …but another program is fine.
      const second = await newProgram(t, admin);
      expect((await enroll(clientId, intake.token, { programId: second })).data?.enrollClient.status).toBe('PENDING');
    });

    it('refuses bad input, foreign ids and closed clients, and writes nothing', async () => {
      const clientId = await newClient(t, admin);
      const theirClient = await newClient(t, otherAdmin);
      const theirProgram = await newProgram(t, otherAdmin);
      expect(codeOf(await enroll(theirClient, admin))).toBe('NOT_FOUND');
      expect(codeOf(await enroll(clientId, admin, { programId: theirProgram }))).toBe('NOT_FOUND');
      expect((await enroll(clientId, admin, { openedOn: '2026-02-30' })).errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'openedOn' })]);
      expect((await enroll(clientId, admin, { reason: '   ' })).errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
      expect((await enroll(clientId, admin, { reason: 'x'.repeat(2001) })).errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
      expect(codeOf(await enroll(clientId, auditor.token))).toBe('FORBIDDEN');
      const closed = await newClient(t, admin, { status: 'CLOSED' });
      expect((await enroll(closed, admin)).errors?.[0].extensions.fields).toEqual([{ field: 'clientId', message: 'client is closed' }]);
      expect(await t.db.query(`SELECT 1 FROM enrollment WHERE client_id IN ($1, $2, $3)`, [clientId, theirClient, closed])).toHaveLength(0);
    });

    it("refuses a client whose latest screen for the program found them not eligible, naming the program, until a new screen says otherwise", async () => {
      const adults = await newProgram(t, admin, { minAge: 18 });
      const other = await newProgram(t, admin);
      const clientId = await newClient(t, admin, { dateOfBirth: bornYearsAgo(16) });
      const screen = async (programId: string) => (await t.gql(SCREEN, { input: { clientId, programId } }, { token: intake.token })).data?.screenEligibility;
      expect(await screen(adults)).toMatchObject({ outcome: 'INELIGIBLE', reasons: ['BELOW_MIN_AGE'] });

      const refused = await enroll(clientId, supervisor.token, { programId: adults });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'programId', message: 'not eligible by the latest screen' }] });
      expect(refused.errors?.[0].message).toContain('below min age');
      expect(await t.db.query(`SELECT 1 FROM enrollment WHERE client_id = $1`, [clientId])).toHaveLength(0);
      // A screen for one program says nothing of another.
      expect(codeOf(await enroll(clientId, supervisor.token, { programId: other }))).toBeUndefined();

      // The birth date was wrong; screened again, the client is eligible and may be enrolled.
      const [{ version }] = await t.db.query(`SELECT version FROM client WHERE id = $1`, [clientId]);
      await t.gql(UPDATE_CLIENT, { input: { clientId, version, dateOfBirth: '1990-01-01' } }, { token: admin });
      expect(await screen(adults)).toMatchObject({ outcome: 'ELIGIBLE' });
      expect((await enroll(clientId, supervisor.token, { programId: adults })).data?.enrollClient).toMatchObject({ status: 'PENDING', program: { id: adults } });
    });

    it('lets a supervisor name any worker as case manager, a case manager only themselves, intake nobody', async () => {
      const bySupervisor = await enrolled(await newClient(t, admin), { primaryCaseManagerId: ana.id });
      expect(bySupervisor).toMatchObject({ primaryCaseManager: { id: ana.id }, assignments: [{ caseManager: { id: ana.id }, assignedBy: { id: supervisor.id }, endedAt: null }] });

      const clientId = await newClient(t, ben.token, { status: 'INQUIRY' });
      expect(codeOf(await enroll(clientId, ben.token, { primaryCaseManagerId: ana.id }))).toBe('FORBIDDEN');
      expect(codeOf(await enroll(await newClient(t, admin), intake.token, { primaryCaseManagerId: ana.id }))).toBe('FORBIDDEN');
      const own = await enroll(clientId, ben.token, { primaryCaseManagerId: ben.id });
      expect(own.data?.enrollClient.primaryCaseManager).toEqual({ id: ben.id, displayName: expect.any(String) });
    });
  });

  describe('status lifecycle', () => {
    it('moves PENDING → ACTIVE ⇄ ON_HOLD → CLOSED, auditing each change', async () => {
      const clientId = await newClient(t, admin);
      const { id } = await enrolled(clientId, { primaryCaseManagerId: ana.id });
      const steps: [string, number][] = [['ACTIVE', 1], ['ON_HOLD', 2], ['ACTIVE', 3]];
      for (const [status, version] of steps) {
        const res = await change(id, version, status, {}, ana.token);
        expect([status, res.errors, res.data?.changeEnrollmentStatus.version]).toEqual([status, undefined, version + 1]);
      }
      const closed = await change(id, 4, 'CLOSED', { reason: 'Goals met', date: daysFromToday(0) }, ana.token);
      expect(closed.data?.changeEnrollmentStatus).toMatchObject({ status: 'CLOSED', closedOn: daysFromToday(0), closeReason: 'Goals met', version: 5 });
      // Closing ends the case manager's assignment, and with it the client's place on her caseload.
      expect(closed.data?.changeEnrollmentStatus.assignments[0].endedAt).not.toBeNull();
      expect(codeOf(await t.gql(CLIENT_ENROLLMENTS, { clientId }, { token: ana.token }))).toBe('FORBIDDEN');

      const audit = (await auditRowsOf(t, id)).filter((row: { action: string }) => row.action === 'UPDATE');
      expect(audit.map((row: { changes: { status: unknown } }) => row.changes.status)).toEqual([
        { from: 'PENDING', to: 'ACTIVE' },
        { from: 'ACTIVE', to: 'ON_HOLD' },
        { from: 'ON_HOLD', to: 'ACTIVE' },
        { from: 'ACTIVE', to: 'CLOSED' },
      ]);
      expect(audit[3]).toMatchObject({ reason: 'Goals met', changes: { closedOn: { from: null, to: daysFromToday(0) } } });
      const kinds = await t.db.query(`SELECT kind FROM client_timeline_entry WHERE source_id = $1`, [id]);
      expect(kinds.filter((row: { kind: string }) => row.kind === 'ENROLLMENT')).toHaveLength(5);

      // A closed enrollment stays closed; coming back is a new enrollment.
      const reopen = await change(id, 5, 'ACTIVE');
      expect(reopen.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
      expect((await enrolled(clientId)).id).not.toBe(id);
    });

    it('refuses a move the status machine does not allow, and changes nothing', async () => {
      const { id } = await enrolled(await newClient(t, admin));
      for (const status of ['ON_HOLD', 'PENDING']) {
        const res = await change(id, 1, status);
        expect([status, res.errors?.[0].extensions]).toEqual([status, expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' })]);
      }
      expect(await enrollmentRow(id)).toMatchObject({ status: 'PENDING', version: 1 });
      expect(codeOf(await change(id, 1, 'PAUSED'))).toBe('BAD_USER_INPUT');
    });

    it('refuses a stale version with CONFLICT', async () => {
      const { id } = await enrolled(await newClient(t, admin));
      await change(id, 1, 'ACTIVE');
      expect(codeOf(await change(id, 1, 'ON_HOLD'))).toBe('CONFLICT');
      expect(await enrollmentRow(id)).toMatchObject({ status: 'ACTIVE', version: 2 });
    });

    it('closes only with a reason and a date from the open date to today', async () => {
      const { id } = await enrolled(await newClient(t, admin));
      const bare = await change(id, 1, 'CLOSED');
      expect(bare.errors?.[0].extensions.fields).toEqual([
        { field: 'reason', message: 'a close reason is required' },
        { field: 'date', message: 'a close date is required' },
      ]);
      const early = await change(id, 1, 'CLOSED', { reason: 'Moved away', date: daysFromToday(-31) });
      expect(early.errors?.[0].extensions.fields).toEqual([{ field: 'date', message: `must not be before the open date ${daysFromToday(-30)}` }]);
      const future = await change(id, 1, 'CLOSED', { reason: 'Moved away', date: daysFromToday(2) });
      expect(future.errors?.[0].extensions.fields).toEqual([{ field: 'date', message: 'in the future' }]);
      expect(await enrollmentRow(id)).toMatchObject({ status: 'PENDING', version: 1, closed_on: null });

      const closed = await t.gql(CLOSE_ENROLLMENT, { input: { enrollmentId: id, version: 1, closeReason: 'Declined services', closedOn: daysFromToday(-30) } }, { token: supervisor.token });
      expect(closed.data?.closeEnrollment).toMatchObject({ status: 'CLOSED', closedOn: daysFromToday(-30), closeReason: 'Declined services' });
    });

    it("answers NOT_FOUND for another agency's enrollment and FORBIDDEN to auditors", async () => {
      const { id } = await enrolled(await newClient(t, admin));
      expect(codeOf(await change(id, 1, 'ACTIVE', {}, otherAdmin))).toBe('NOT_FOUND');
      expect(codeOf(await change(NOBODY, 1, 'ACTIVE'))).toBe('NOT_FOUND');
      expect(codeOf(await change(id, 1, 'ACTIVE', {}, auditor.token))).toBe('FORBIDDEN');
      expect(await enrollmentRow(id)).toMatchObject({ status: 'PENDING', version: 1 });
    });
  });

  describe('assignment', () => {
    const assign = (enrollmentId: string, version: number, caseManagerId: string, token = supervisor.token) =>
      t.gql(ASSIGN, { input: { enrollmentId, version, caseManagerId, reason: 'Caseload balance' } }, { token });

    it('gives a case manager the client once assigned, and keeps who held the case before', async () => {
      const clientId = await newClient(t, admin, { status: 'ACTIVE' });
      const { id } = await enrolled(clientId);
      const openClient = (token: string) => t.gql(CLIENT, { id: clientId }, { token });
      expect(codeOf(await openClient(ana.token))).toBe('FORBIDDEN');

      const first = await assign(id, 1, ana.id);
      expect(first.data?.assignCaseManager).toMatchObject({ version: 2, primaryCaseManager: { id: ana.id } });
      expect((await openClient(ana.token)).data?.client).toEqual({ id: clientId, primaryCaseManager: { id: ana.id } });

      const second = await assign(id, 2, ben.id, admin);
      const assignments = second.data?.assignCaseManager.assignments;
      expect(assignments.map((a: { caseManager: { id: string } }) => a.caseManager.id)).toEqual([ben.id, ana.id]);
      expect(assignments[0]).toMatchObject({ endedAt: null, reason: 'Caseload balance', assignedBy: { id: agency.admin.id } });
      expect(assignments[1].endedAt).toBe(assignments[0].startedAt);
      // Ana no longer holds the case, so the record is closed to her; Ben has it.
      expect(codeOf(await openClient(ana.token))).toBe('FORBIDDEN');
      expect((await openClient(ben.token)).data?.client.primaryCaseManager).toEqual({ id: ben.id });

      const audit = (await auditRowsOf(t, id)).filter((row: { action: string }) => row.action === 'UPDATE');
      expect(audit.map((row: { changes: unknown }) => row.changes)).toEqual([
        { primaryCaseManagerId: { from: null, to: ana.id } },
        { primaryCaseManagerId: { from: ana.id, to: ben.id } },
      ]);
      expect(audit[1].reason).toBe('Caseload balance');
      const timeline = await t.db.query(`SELECT summary FROM client_timeline_entry WHERE source_id = $1 AND kind = 'ASSIGNMENT' ORDER BY occurred_at`, [id]);
      expect(timeline).toHaveLength(2);
    });

    it('assigns only active case managers and supervisors of the agency', async () => {
      const { id } = await enrolled(await newClient(t, admin));
      const inactive = await worker(t, agency, 'CASE_MANAGER');
      await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [inactive.id]);
      const outsider = await worker(t, other, 'CASE_MANAGER');
      expect((await assign(id, 1, intake.id)).errors?.[0].extensions.fields).toEqual([{ field: 'caseManagerId', message: 'not an active case manager or supervisor' }]);
      expect(codeOf(await assign(id, 1, inactive.id))).toBe('BAD_USER_INPUT');
      expect(codeOf(await assign(id, 1, outsider.id))).toBe('NOT_FOUND');
      expect(codeOf(await assign(id, 1, NOBODY))).toBe('NOT_FOUND');
      expect(codeOf(await assign(id, 1, ana.id, ana.token))).toBe('FORBIDDEN');
      expect(codeOf(await assign(id, 1, ana.id, otherAdmin))).toBe('NOT_FOUND');
      expect(await enrollmentRow(id)).toMatchObject({ version: 1, primary_case_manager_id: null });
      expect(await t.db.query(`SELECT 1 FROM case_assignment WHERE enrollment_id = $1`, [id])).toHaveLength(0);

      expect((await assign(id, 1, supervisor.id)).data?.assignCaseManager.primaryCaseManager.id).toBe(supervisor.id);
      expect(codeOf(await assign(id, 1, ana.id))).toBe('CONFLICT');
      expect((await assign(id, 2, supervisor.id)).errors?.[0].extensions.fields).toEqual([{ field: 'caseManagerId', message: 'already assigned' }]);
    });

    it('refuses to reassign a closed enrollment', async () => {
      const { id } = await enrolled(await newClient(t, admin));
      await change(id, 1, 'CLOSED', { reason: 'Withdrew', date: daysFromToday(0) });
      expect((await assign(id, 2, ana.id)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });
    });
  });

  describe('team', () => {
    // At the version now stored: client-enrollment-rules covers a stale one.
    const versionOf = async (enrollmentId: string) => (await t.db.query(`SELECT version FROM enrollment WHERE id = $1`, [enrollmentId]))[0].version;
    const add = async (enrollmentId: string, userId: string, token = supervisor.token) =>
      t.gql(ADD_MEMBER, { input: { enrollmentId, version: await versionOf(enrollmentId), userId, role: 'NURSE' } }, { token });
    const remove = async (enrollmentId: string, userId: string, token = supervisor.token) =>
      t.gql(REMOVE_MEMBER, { input: { enrollmentId, version: await versionOf(enrollmentId), userId } }, { token });

    it('puts the client on a team member’s caseload until they leave the team', async () => {
      const clientId = await newClient(t, admin, { status: 'ACTIVE' });
      const { id } = await enrolled(clientId, { primaryCaseManagerId: ana.id });
      expect(codeOf(await add(id, ben.id, ana.token))).toBe('FORBIDDEN');
      const added = await add(id, ben.id);
      expect(added.data?.addTeamMember.team).toEqual([{ user: { id: ben.id }, role: 'NURSE' }]);
      expect((await t.gql(CLIENT_ENROLLMENTS, { clientId }, { token: ben.token })).data?.clientEnrollments[0].team).toHaveLength(1);

      expect((await add(id, ben.id)).errors?.[0].extensions.fields).toEqual([{ field: 'userId', message: 'already on the team' }]);
      expect((await add(id, ana.id)).errors?.[0].extensions.fields).toEqual([{ field: 'userId', message: 'is the primary case manager' }]);
      expect(codeOf(await add(id, auditor.id))).toBe('BAD_USER_INPUT');

      const removed = await remove(id, ben.id);
      expect(removed.data?.removeTeamMember.team).toEqual([]);
      expect(codeOf(await t.gql(CLIENT_ENROLLMENTS, { clientId }, { token: ben.token }))).toBe('FORBIDDEN');
      expect(codeOf(await remove(id, ben.id))).toBe('NOT_FOUND');

      const audit = await t.db.query(
        `SELECT action, changes FROM audit_event WHERE entity_type = 'EnrollmentTeamMember' AND client_id = $1 ORDER BY id`,
        [clientId],
      );
      expect(audit).toEqual([
        { action: 'CREATE', changes: { enrollmentId: { to: id }, userId: { to: ben.id }, role: { to: 'NURSE' } } },
        { action: 'DELETE', changes: { enrollmentId: { from: id }, userId: { from: ben.id }, role: { from: 'NURSE' } } },
      ]);
      const timeline = await t.db.query(`SELECT summary FROM client_timeline_entry WHERE source_id = $1 AND kind = 'ASSIGNMENT' ORDER BY occurred_at`, [id]);
      expect(timeline.map((row: { summary: string }) => row.summary)).toEqual([
        expect.stringContaining('case assigned to'),
        expect.stringContaining('joined the team'),
        expect.stringContaining('left the team'),
      ]);
    });

    it("answers NOT_FOUND for another agency's enrollment or worker", async () => {
      const { id } = await enrolled(await newClient(t, admin));
      const outsider = await worker(t, other, 'CASE_MANAGER');
      expect(codeOf(await add(id, outsider.id))).toBe('NOT_FOUND');
      expect(codeOf(await add(id, ana.id, otherAdmin))).toBe('NOT_FOUND');
      expect(await t.db.query(`SELECT 1 FROM enrollment_team_member WHERE enrollment_id = $1`, [id])).toHaveLength(0);
    });
  });

  it("lists a client's enrollments newest first to every reader, with the read audited", async () => {
    const clientId = await newClient(t, admin);
    const older = await enrolled(clientId);
    const newer = await enrolled(clientId, { programId: await newProgram(t, admin), openedOn: daysFromToday(-1) });
    const res = await t.gql(CLIENT_ENROLLMENTS, { clientId }, { token: auditor.token });
    expect(res.data?.clientEnrollments.map((e: { id: string }) => e.id)).toEqual([newer.id, older.id]);
    const reads = await t.db.query(`SELECT actor_id FROM audit_event WHERE action = 'READ' AND entity_type = 'Enrollment' AND client_id = $1`, [clientId]);
    expect(reads).toEqual([{ actor_id: auditor.id }]);
    expect(codeOf(await t.gql(CLIENT_ENROLLMENTS, { clientId }, { token: otherAdmin }))).toBe('NOT_FOUND');
  });
});
