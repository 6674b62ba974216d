import {
  CLOSURE_CHECK,
  carePlanRow,
  DISCHARGE_PLAN,
  type DischargeCast,
  dischargePlanRows,
  enrollmentState,
  openEnrollment,
  SAVE_DISCHARGE_PLAN,
  taskRow,
} from './support/care-plan-discharge-fixtures';
import { MY_TASKS } from './support/care-plan-worklist-fixtures';
import { auditRowsOf, daysAgo, daysFromToday, newClient, newProgram, ok, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { CHANGE_CLIENT_STATUS, CLIENT_ENROLLMENTS, CLOSE_ENROLLMENT, CREATE_NOTE, ENROLL, SIGN_NOTE } from './support/client-operations';
import { startTestApp, type TestApp } from './support/test-app';

describe('care planning: discharge plans, what stands in the way of a closure, re-entry', () => {
  let t: TestApp;
  let staffed: StaffedAgency<DischargeCast>;
  const as = (who: DischargeCast | 'admin' | 'stranger') => staffed.as(who);
  const agencyId = () => staffed.agency.id;

  const plan = { plannedOn: daysFromToday(14), reason: 'Goals met', aftercare: 'Weekly peer group; call the clinic if sleep worsens', continuingServices: 'Food bank referral' };

  beforeAll(async () => {
    t = await startTestApp();
    staffed = await staffedAgency(t, { supervisor: 'SUPERVISOR', caseManager: 'CASE_MANAGER', auditor: 'AUDITOR', intake: 'INTAKE' });
  });
  afterAll(() => t.close());

  describe('the discharge plan', () => {
    it('is written, read and revised by the case team, each step audited and on the timeline', async () => {
      const on = await openEnrollment(t, staffed, 'Supported Living');
      expect(await as('caseManager')(DISCHARGE_PLAN, { enrollmentId: on.enrollmentId })).toMatchObject({ data: { dischargePlan: null }, errors: undefined });

      const created = await ok(as('caseManager')(SAVE_DISCHARGE_PLAN, { input: { enrollmentId: on.enrollmentId, ...plan } }));
      expect(created).toMatchObject({ ...plan, version: 1, enrollmentId: on.enrollmentId, clientId: on.clientId, createdBy: { id: staffed.people.caseManager.id } });
      const revised = await ok(
        as('caseManager')(SAVE_DISCHARGE_PLAN, { input: { enrollmentId: on.enrollmentId, version: 1, ...plan, plannedOn: daysFromToday(21), aftercare: null } }),
      );
      expect(revised).toMatchObject({ version: 2, plannedOn: daysFromToday(21), aftercare: null, continuingServices: plan.continuingServices });
      // The auditor reads what the team wrote.
      expect(await ok(as('auditor')(DISCHARGE_PLAN, { enrollmentId: on.enrollmentId }))).toMatchObject({ id: created.id, version: 2 });

      const audit = await auditRowsOf(t, created.id);
      expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'READ']);
      expect(audit[0]).toMatchObject({ entity_type: 'DischargePlan', client_id: on.clientId, actor_id: staffed.people.caseManager.id });
      expect(audit[0].changes).toMatchObject({ plannedOn: { to: plan.plannedOn }, reason: { to: 'Goals met' }, aftercareLength: { to: plan.aftercare.length } });
      expect(audit[1].changes).toEqual({ plannedOn: { from: plan.plannedOn, to: daysFromToday(21) }, aftercareLength: { from: plan.aftercare.length, to: 0 } });
      expect(audit[2]).toMatchObject({ actor_id: staffed.people.auditor.id });

      const timeline = await t.db.query(`SELECT kind, source_type, source_id, summary FROM client_timeline_entry WHERE client_id = $1 AND kind = 'DISCHARGE' ORDER BY occurred_at`, [on.clientId]);
      expect(timeline).toEqual([
        { kind: 'DISCHARGE', source_type: 'DischargePlan', source_id: created.id, summary: `Supported Living: discharge planned for ${plan.plannedOn}` },
        { kind: 'DISCHARGE', source_type: 'DischargePlan', source_id: created.id, summary: `Supported Living: discharge plan revised, planned for ${daysFromToday(21)}` },
      ]);
    });

    it('refuses a date before the enrollment opened, a stale or missing version, a closed enrollment, and leaves the plan as it was', async () => {
      const on = await openEnrollment(t, staffed);
      const save = (input: Record<string, unknown>) => as('caseManager')(SAVE_DISCHARGE_PLAN, { input: { enrollmentId: on.enrollmentId, ...plan, ...input } });

      const early = await save({ plannedOn: daysFromToday(-61) });
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'plannedOn', message: `must not be before ${on.openedOn}` }] });
      const notADate = await save({ plannedOn: '2026-02-30' });
      expect(notADate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'plannedOn' })] });
      const noReason = await save({ reason: '  ' });
      expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'reason' })] });
      expect(await dischargePlanRows(t, on.enrollmentId)).toEqual([]);

      await ok(save({}));
      const stored = await dischargePlanRows(t, on.enrollmentId);
      expect((await save({ reason: 'Moving away' })).errors?.[0].extensions.code).toBe('CONFLICT');
      expect((await save({ version: 2, reason: 'Moving away' })).errors?.[0].extensions.code).toBe('CONFLICT');
      expect((await save({ version: 1, plannedOn: daysFromToday(-61) })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await dischargePlanRows(t, on.enrollmentId)).toEqual(stored);

      await ok(as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId: on.enrollmentId, version: on.version, closeReason: 'Goals met', closedOn: daysFromToday(0) } }));
      const closed = await save({ version: 1, reason: 'Moving away' });
      expect(closed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });
      expect(await dischargePlanRows(t, on.enrollmentId)).toEqual(stored);
    });

    it("finds nothing of another agency's enrollment and lets neither auditors nor intake write a plan", async () => {
      const on = await openEnrollment(t, staffed);
      const input = { enrollmentId: on.enrollmentId, ...plan };
      expect((await as('stranger')(DISCHARGE_PLAN, { enrollmentId: on.enrollmentId })).errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await as('stranger')(SAVE_DISCHARGE_PLAN, { input })).errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await as('auditor')(SAVE_DISCHARGE_PLAN, { input })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await as('intake')(SAVE_DISCHARGE_PLAN, { input })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(await dischargePlanRows(t, on.enrollmentId)).toEqual([]);
    });
  });

  describe('closing an enrollment', () => {
    it('names every unsigned note, open task and unfinished plan, refuses the closure with the same list and changes nothing; with them done it closes', async () => {
      const on = await openEnrollment(t, staffed);
      const note = await ok(
        as('caseManager')(CREATE_NOTE, { input: { clientId: on.clientId, enrollmentId: on.enrollmentId, noteType: 'PHONE_CALL', occurredAt: daysAgo(1), narrative: 'Called.' } }),
      );
      const overdue = await taskRow(t, agencyId(), on, { title: 'Quarterly monitoring', dueOn: daysFromToday(-3), kind: 'QUARTERLY_MONITORING' });
      const dueToday = await taskRow(t, agencyId(), on, { title: 'Call the landlord', dueOn: daysFromToday(0) });
      const later = await taskRow(t, agencyId(), on, { title: 'Home visit', dueOn: daysFromToday(10), kind: 'VISIT' });
      await taskRow(t, agencyId(), on, { title: 'Follow up', dueOn: daysFromToday(-1), kind: 'FOLLOW_UP' });
      await taskRow(t, agencyId(), on, { title: 'Done already', dueOn: daysFromToday(-5), status: 'DONE' });
      const active = await carePlanRow(t, agencyId(), on, 'ACTIVE', 1);
      const draft = await carePlanRow(t, agencyId(), on, 'DRAFT', 2);
      await carePlanRow(t, agencyId(), on, 'SUPERSEDED', 3);

      const expected = [
        { kind: 'UNSIGNED_NOTE', id: note.id, description: expect.stringContaining('Phone call note') },
        { kind: 'OPEN_TASK', id: overdue, description: `Task "Quarterly monitoring" due ${daysFromToday(-3)} is still open` },
        { kind: 'OPEN_TASK', id: dueToday, description: `Task "Call the landlord" due ${daysFromToday(0)} is still open` },
        { kind: 'ACTIVE_PLAN', id: active, description: 'Care plan version 1 is active: close it first' },
        { kind: 'PLAN_IN_PROGRESS', id: draft, description: 'Care plan version 2 is a draft' },
      ];
      expect(await ok(as('caseManager')(CLOSURE_CHECK, { enrollmentId: on.enrollmentId }))).toEqual(expected);
      // Checking a later date also finds the work due by then.
      const byLater = await ok(as('caseManager')(CLOSURE_CHECK, { enrollmentId: on.enrollmentId, closedOn: daysFromToday(10) }));
      expect(byLater.map((blocker: { id: string }) => blocker.id)).toContain(later);

      const before = await enrollmentState(t, on.enrollmentId);
      const refused = await as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId: on.enrollmentId, version: on.version, closeReason: 'Goals met', closedOn: daysFromToday(0) } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLOSURE_BLOCKED', blockers: expected });
      expect(refused.errors?.[0].message).toContain('Care plan version 1 is active: close it first');
      expect(refused.errors?.[0].message).toContain('Task "Call the landlord"');
      expect(await enrollmentState(t, on.enrollmentId)).toEqual(before);
      const enrollmentAudit = await auditRowsOf(t, on.enrollmentId);
      expect(enrollmentAudit.filter((row: { action: string; entity_type: string }) => row.entity_type === 'Enrollment').map((row: { action: string }) => row.action)).toEqual(['CREATE']);
      expect(enrollmentAudit.filter((row: { entity_type: string }) => row.entity_type === 'EnrollmentClosure')).toEqual([
        expect.objectContaining({ action: 'READ', client_id: on.clientId }),
        expect.objectContaining({ action: 'READ', client_id: on.clientId }),
      ]);

      await ok(as('caseManager')(SIGN_NOTE, { input: { noteId: note.id, version: note.version } }));
      await t.db.query(`UPDATE task SET status = 'DONE', completed_at = now() WHERE id = ANY($1)`, [[overdue, dueToday]]);
      await t.db.query(`UPDATE care_plan SET status = 'CLOSED', closed_at = now() WHERE id = ANY($1)`, [[active, draft]]);
      expect(await ok(as('caseManager')(CLOSURE_CHECK, { enrollmentId: on.enrollmentId }))).toEqual([]);
      const closed = await ok(as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId: on.enrollmentId, version: on.version, closeReason: 'Goals met', closedOn: daysFromToday(0) } }));
      expect(closed).toMatchObject({ status: 'CLOSED', closedOn: daysFromToday(0) });
    });

    it("checks only for the case team: another agency's enrollment is NOT_FOUND and an auditor is refused", async () => {
      const on = await openEnrollment(t, staffed);
      expect((await as('stranger')(CLOSURE_CHECK, { enrollmentId: on.enrollmentId })).errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await as('auditor')(CLOSURE_CHECK, { enrollmentId: on.enrollmentId })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await as('caseManager')(CLOSURE_CHECK, { enrollmentId: on.enrollmentId, closedOn: 'soon' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  it("keeps a discharged client with their case manager through the program's follow-ups, which reach the worklist; without follow-ups the record leaves with the client", async () => {
    const admin = staffed.people.admin.token;
    const READ_CLIENT = `query ($id: ID!) { client(id: $id) { id status } }`;
    const discharge = async (rules: Record<string, unknown>) => {
      const clientId = await newClient(t, admin, { status: 'ACTIVE' });
      const programId = await newProgram(t, admin, {}, { rules: { eligibility: {}, ...rules } });
      const input = { clientId, programId, openedOn: daysFromToday(-60), primaryCaseManagerId: staffed.people.caseManager.id, reason: 'Referral' };
      const enrollment = await ok(as('admin')(ENROLL, { input }));
      await ok(as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId: enrollment.id, version: enrollment.version, closeReason: 'Goals met', closedOn: daysFromToday(0) } }));
      const [{ version }] = await t.db.query(`SELECT version FROM client WHERE id = $1`, [clientId]);
      await ok(as('caseManager')(CHANGE_CLIENT_STATUS, { input: { clientId, version, status: 'DISCHARGED', reason: 'Goals met' } }));
      return clientId;
    };

    const followed = await discharge({ followUpDays: [30, 60] });
    expect(await ok(as('caseManager')(READ_CLIENT, { id: followed }))).toMatchObject({ id: followed, status: 'DISCHARGED' });
    const tasks = await ok(as('caseManager')(MY_TASKS, { kinds: ['FOLLOW_UP'], first: 50 }));
    const followUps = tasks.edges.map((edge: { node: { dueOn: string; client: { id: string } | null } }) => edge.node).filter((task: { client: { id: string } | null }) => task.client?.id === followed);
    expect(followUps.map((task: { dueOn: string }) => task.dueOn)).toEqual([daysFromToday(30), daysFromToday(60)]);

    const notFollowed = await discharge({});
    expect(codeOf(await as('caseManager')(READ_CLIENT, { id: notFollowed }))).toBe('FORBIDDEN');
  });

  it('takes a discharged client back into services with their history kept', async () => {
    const on = await openEnrollment(t, staffed, 'Day Program');
    const planId = (await ok(as('caseManager')(SAVE_DISCHARGE_PLAN, { input: { enrollmentId: on.enrollmentId, ...plan, plannedOn: daysFromToday(0) } }))).id;
    const oldPlan = await carePlanRow(t, agencyId(), on, 'CLOSED');
    const oldTask = await taskRow(t, agencyId(), on, { title: 'Quarterly monitoring', dueOn: daysFromToday(-10), status: 'DONE' });
    await ok(as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId: on.enrollmentId, version: on.version, closeReason: 'Goals met', closedOn: daysFromToday(0) } }));
    const client = (await t.db.query(`SELECT version FROM client WHERE id = $1`, [on.clientId]))[0];
    const discharged = await ok(as('caseManager')(CHANGE_CLIENT_STATUS, { input: { clientId: on.clientId, version: client.version, status: 'DISCHARGED', reason: 'Goals met' } }));

    // Months later the client comes back: reopened at intake, active again, enrolled again in the same program.
    const reopened = await ok(as('supervisor')(CHANGE_CLIENT_STATUS, { input: { clientId: on.clientId, version: discharged.version, status: 'INTAKE', reason: 'Asked for help again' } }));
    await ok(as('supervisor')(CHANGE_CLIENT_STATUS, { input: { clientId: on.clientId, version: reopened.version, status: 'ACTIVE' } }));
    const input = { clientId: on.clientId, programId: on.programId, openedOn: daysFromToday(0), primaryCaseManagerId: staffed.people.caseManager.id, reason: 'Re-entry' };
    const again = await ok(as('supervisor')(ENROLL, { input }));

    const enrollments = await ok(as('caseManager')(CLIENT_ENROLLMENTS, { clientId: on.clientId }));
    expect(enrollments.map((enrollment: { id: string; status: string }) => [enrollment.id, enrollment.status])).toEqual([
      [again.id, 'PENDING'],
      [on.enrollmentId, 'CLOSED'],
    ]);
    expect(await ok(as('caseManager')(DISCHARGE_PLAN, { enrollmentId: on.enrollmentId }))).toMatchObject({ id: planId, reason: 'Goals met' });
    expect(await as('caseManager')(DISCHARGE_PLAN, { enrollmentId: again.id })).toMatchObject({ data: { dischargePlan: null }, errors: undefined });
    expect(await t.db.query(`SELECT id FROM care_plan WHERE client_id = $1`, [on.clientId])).toEqual([{ id: oldPlan }]);
    expect(await t.db.query(`SELECT id, status FROM task WHERE client_id = $1 AND id = $2`, [on.clientId, oldTask])).toEqual([{ id: oldTask, status: 'DONE' }]);
    // The new enrollment plans its own discharge, from its own opening date.
    const early = await as('caseManager')(SAVE_DISCHARGE_PLAN, { input: { enrollmentId: again.id, ...plan, plannedOn: daysFromToday(-1) } });
    expect(early.errors?.[0].extensions.fields).toEqual([{ field: 'plannedOn', message: `must not be before ${daysFromToday(0)}` }]);
  });
});
