import { auditRowsOf, bornYearsAgo, newClient, newProgram, staff, worker, type Worker } from './support/client-fixtures';
import { CREATE_PROGRAM, PROGRAMS, SCREEN, UPDATE_PROGRAM } from './support/client-operations';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const SCREENS = `query ($clientId: ID!) { clientEligibilityScreens(clientId: $clientId) { id outcome reasons program { code } } }`;

const HCBS_RULES = {
  eligibility: { minAge: 18, maxAge: 64, requiresMedicaid: true, residencyRegions: ['CA', ' NV '] },
  intakeRequirements: ['Proof of residence', ' Signed consent to services '],
  deadlines: { assessmentDays: 30, planDays: 10, reviewMonths: 3 },
  visitSchedule: { everyDays: 30, kind: 'HOME_VISIT' },
};

describe('programs and eligibility screens', () => {
  let t: TestApp;
  let agency: TestAgency;
  let other: TestAgency;
  let admin: string;
  let otherAdmin: string;
  let intake: Worker;
  let caseManager: Worker;
  let auditor: Worker;

  beforeAll(async () => {
    t = await startTestApp();
    [agency, other] = [await newAgency(t), await newAgency(t)];
    const people = await staff(t, { admin: agency.admin, otherAdmin: other.admin, intake: [agency, 'INTAKE'], caseManager: [agency, 'CASE_MANAGER'], auditor: [agency, 'AUDITOR'] });
    ({ intake, caseManager, auditor } = people);
    [admin, otherAdmin] = [people.admin.token, people.otherAdmin.token];
  });
  afterAll(() => t.close());

  const programRow = async (id: string) => (await t.db.query(`SELECT code, name, rules, active, version FROM program WHERE id = $1`, [id]))[0];

  describe('programs', () => {
    it('lets an admin create a program with its rules as data, trimmed, and audits it', async () => {
      const res = await t.gql(CREATE_PROGRAM, { input: { code: ' hcbs-1 ', name: ' Home and Community-based Services ', rules: HCBS_RULES } }, { token: admin });
      expect(res.errors).toBeUndefined();
      const program = res.data?.createProgram;
      expect(program).toMatchObject({
        code: 'HCBS-1',
        name: 'Home and Community-based Services',
        active: true,
        version: 1,
        rules: {
          eligibility: { minAge: 18, maxAge: 64, requiresMedicaid: true, residencyRegions: ['CA', 'NV'] },
          intakeRequirements: ['Proof of residence', 'Signed consent to services'],
          deadlines: { assessmentDays: 30, planDays: 10, reviewMonths: 3 },
          visitSchedule: { everyDays: 30, kind: 'HOME_VISIT' },
        },
      });
      expect((await programRow(program.id)).rules.deadlines).toEqual({ assessmentDays: 30, planDays: 10, reviewMonths: 3, implementationPlanDays: null, monitoringEveryMonths: null });
      const [audit] = await auditRowsOf(t, program.id);
      expect(audit).toMatchObject({ action: 'CREATE', entity_type: 'Program', actor_id: agency.admin.id });
      expect(audit.changes.code).toEqual({ to: 'HCBS-1' });
      expect(audit.changes.rules.to.visitSchedule).toEqual({ everyDays: 30, kind: 'HOME_VISIT' });
    });

    it('fills rules left out with "no rule"', async () => {
      const res = await t.gql(CREATE_PROGRAM, { input: { code: 'OPEN', name: 'Open door' } }, { token: admin });
      expect(res.data?.createProgram.rules).toEqual({
        eligibility: { minAge: null, maxAge: null, requiresMedicaid: false, residencyRegions: [] },
        intakeRequirements: [],
        deadlines: { assessmentDays: null, planDays: null, reviewMonths: null },
        visitSchedule: null,
      });
    });

    it('refuses rules out of bounds with the field named, and writes nothing', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ eligibility: { minAge: 65, maxAge: 18 } }, 'rules.eligibility.maxAge'],
        [{ eligibility: { minAge: -1 } }, 'rules.eligibility.minAge'],
        [{ eligibility: { maxAge: 200 } }, 'rules.eligibility.maxAge'],
        [{ eligibility: { residencyRegions: ['CA', '  '] } }, 'rules.eligibility.residencyRegions'],
        [{ intakeRequirements: ['x'.repeat(201)] }, 'rules.intakeRequirements'],
        [{ intakeRequirements: Array.from({ length: 31 }, (_, i) => `Step ${i}`) }, 'rules.intakeRequirements'],
        [{ deadlines: { assessmentDays: 0 } }, 'rules.deadlines.assessmentDays'],
        [{ deadlines: { reviewMonths: 61 } }, 'rules.deadlines.reviewMonths'],
        [{ visitSchedule: { everyDays: 0, kind: 'HOME_VISIT' } }, 'rules.visitSchedule.everyDays'],
      ];
      for (const [rules, field] of cases) {
        const res = await t.gql(CREATE_PROGRAM, { input: { code: 'BAD', name: 'Bad rules', rules } }, { token: admin });
        expect([field, codeOf(res)]).toEqual([field, 'BAD_USER_INPUT']);
        expect(res.errors?.[0].extensions.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
      const unknownKind = await t.gql(CREATE_PROGRAM, { input: { code: 'BAD', name: 'Bad', rules: { visitSchedule: { everyDays: 7, kind: 'CARRIER_PIGEON' } } } }, { token: admin });
      expect(codeOf(unknownKind)).toBe('BAD_USER_INPUT');
      for (const code of ['HC BS', '', 'X'.repeat(21)]) {
        const res = await t.gql(CREATE_PROGRAM, { input: { code, name: 'Bad code' } }, { token: admin });
        expect([code, res.errors?.[0].extensions.fields]).toEqual([code, expect.arrayContaining([expect.objectContaining({ field: 'code' })])]);
      }
      expect(await t.db.query(`SELECT 1 FROM program WHERE agency_id = $1 AND code IN ('BAD', 'HC BS')`, [agency.id])).toHaveLength(0);
    });

    it('refuses a code the agency already uses, but another agency may use it', async () => {
      const taken = await t.gql(CREATE_PROGRAM, { input: { code: 'hcbs-1', name: 'Again' } }, { token: admin });
      expect(codeOf(taken)).toBe('BAD_USER_INPUT');
      expect(taken.errors?.[0].extensions.fields).toEqual([{ field: 'code', message: 'already in use' }]);
      const elsewhere = await t.gql(CREATE_PROGRAM, { input: { code: 'HCBS-1', name: 'Theirs' } }, { token: otherAdmin });
      expect(elsewhere.data?.createProgram.code).toBe('HCBS-1');
    });

    it('lets only admins create and change programs', async () => {
      for (const token of [intake.token, caseManager.token, auditor.token]) {
        expect(codeOf(await t.gql(CREATE_PROGRAM, { input: { code: 'NOPE', name: 'Nope' } }, { token }))).toBe('FORBIDDEN');
      }
      const id = await newProgram(t, admin);
      expect(codeOf(await t.gql(UPDATE_PROGRAM, { input: { programId: id, version: 1, name: 'Renamed' } }, { token: caseManager.token }))).toBe('FORBIDDEN');
      expect((await programRow(id)).version).toBe(1);
    });

    it('updates the fields sent, versioned, and audits exactly what changed', async () => {
      const id = await newProgram(t, admin, { minAge: 18 });
      const res = await t.gql(
        UPDATE_PROGRAM,
        { input: { programId: id, version: 1, name: 'Supported Home Living', rules: { eligibility: { minAge: 21 }, intakeRequirements: ['ICAP'] } } },
        { token: admin },
      );
      expect(res.data?.updateProgram).toMatchObject({ version: 2, name: 'Supported Home Living', active: true });
      expect(res.data?.updateProgram.rules.eligibility.minAge).toBe(21);
      expect(res.data?.updateProgram.rules.intakeRequirements).toEqual(['ICAP']);
      const update = (await auditRowsOf(t, id)).at(-1);
      expect(update).toMatchObject({ action: 'UPDATE', entity_type: 'Program' });
      expect(Object.keys(update.changes).sort()).toEqual(['name', 'rules']);
      expect(update.changes.rules.from.eligibility.minAge).toBe(18);
      expect(update.changes.rules.to.eligibility.minAge).toBe(21);

      const stale = await t.gql(UPDATE_PROGRAM, { input: { programId: id, version: 1, active: false } }, { token: admin });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(await programRow(id)).toMatchObject({ active: true, version: 2 });

      const blank = await t.gql(UPDATE_PROGRAM, { input: { programId: id, version: 2, name: null } }, { token: admin });
      expect(codeOf(blank)).toBe('BAD_USER_INPUT');
      expect(await programRow(id)).toMatchObject({ name: 'Supported Home Living', version: 2 });
    });

    it("answers NOT_FOUND for another agency's program", async () => {
      const theirs = await newProgram(t, otherAdmin);
      expect(codeOf(await t.gql(UPDATE_PROGRAM, { input: { programId: theirs, version: 1, name: 'Mine now' } }, { token: admin }))).toBe('NOT_FOUND');
      expect((await programRow(theirs)).name).not.toBe('Mine now');
    });

    it('lists active programs to every role, and inactive ones when asked', async () => {
      const retired = await newProgram(t, admin);
      await t.gql(UPDATE_PROGRAM, { input: { programId: retired, version: 1, active: false } }, { token: admin });
      const listed = await t.gql(PROGRAMS, {}, { token: auditor.token });
      const ids = listed.data?.programs.map((p: { id: string }) => p.id);
      expect(ids).not.toContain(retired);
      expect(listed.data?.programs.every((p: { active: boolean }) => p.active)).toBe(true);
      const all = await t.gql(PROGRAMS, { includeInactive: true }, { token: intake.token });
      expect(all.data?.programs.map((p: { id: string }) => p.id)).toContain(retired);
      const theirs = await t.gql(PROGRAMS, { includeInactive: true }, { token: otherAdmin });
      expect(theirs.data?.programs.map((p: { id: string }) => p.id)).not.toContain(retired);
    });
  });

  describe('eligibility screens', () => {
    let hcbs: string;
    beforeAll(async () => {
      hcbs = await newProgram(t, admin, { minAge: 18, maxAge: 64, requiresMedicaid: true, residencyRegions: ['CA'] });
    });

    const screen = (token: string, clientId: string, answers: Record<string, unknown>, programId = hcbs) =>
      t.gql(SCREEN, { input: { clientId, programId, answers } }, { token });

    it("screens with the client's age from their date of birth and the answers given, and keeps the screen", async () => {
      const clientId = await newClient(t, admin, { dateOfBirth: bornYearsAgo(40), region: 'CA' });
      const res = await screen(intake.token, clientId, { hasMedicaid: true, notes: 'Medi-Cal card seen' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.screenEligibility).toMatchObject({
        clientId,
        outcome: 'ELIGIBLE',
        reasons: [],
        age: 40,
        answers: { hasMedicaid: true, residencyRegion: 'CA', notes: 'Medi-Cal card seen' },
        program: { id: hcbs },
        screenedBy: { id: intake.id },
      });
      const id = res.data?.screenEligibility.id;
      const [row] = await t.db.query(`SELECT outcome, reasons, answers, screened_by FROM eligibility_screen WHERE id = $1`, [id]);
      expect(row).toMatchObject({ outcome: 'ELIGIBLE', reasons: [], screened_by: intake.id });
      expect(row.answers).toMatchObject({ hasMedicaid: true, residencyRegion: 'CA', age: 40 });
      expect(await auditRowsOf(t, id)).toEqual([expect.objectContaining({ action: 'CREATE', entity_type: 'EligibilityScreen', client_id: clientId, actor_id: intake.id })]);
      const timeline = await t.db.query(`SELECT kind, summary FROM client_timeline_entry WHERE source_id = $1`, [id]);
      expect(timeline).toEqual([{ kind: 'INTAKE', summary: expect.stringContaining('eligible') }]);
    });

    it('rules out a client a rule excludes, with every reason', async () => {
      const young = await newClient(t, admin, { dateOfBirth: bornYearsAgo(16), region: 'OR' });
      const res = await screen(intake.token, young, { hasMedicaid: false });
      expect(res.data?.screenEligibility).toMatchObject({ outcome: 'INELIGIBLE', reasons: ['BELOW_MIN_AGE', 'NO_MEDICAID', 'OUTSIDE_REGION'] });
      const old = await newClient(t, admin, { dateOfBirth: bornYearsAgo(70) });
      const answered = await screen(intake.token, old, { hasMedicaid: true, residencyRegion: 'ca' });
      expect(answered.data?.screenEligibility).toMatchObject({ outcome: 'INELIGIBLE', reasons: ['ABOVE_MAX_AGE'], answers: { residencyRegion: 'ca' } });
    });

    it('sends a screen to review when a fact the rules need is unknown', async () => {
      const clientId = await newClient(t, admin, { region: 'CA' });
      const res = await screen(caseManager.token, clientId, {});
      // A case manager cannot screen a client outside their caseload…
      expect(codeOf(res)).toBe('FORBIDDEN');
      const bySupervisor = await screen((await worker(t, agency, 'SUPERVISOR')).token, clientId, {});
      expect(bySupervisor.data?.screenEligibility).toMatchObject({ outcome: 'NEEDS_REVIEW', reasons: ['AGE_UNKNOWN', 'MEDICAID_UNKNOWN'], age: null });
    });

    it('lists the screens of a client newest first, to readers, with the read audited', async () => {
      const clientId = await newClient(t, admin, { dateOfBirth: bornYearsAgo(30), region: 'CA' });
      await screen(intake.token, clientId, { hasMedicaid: false });
      await screen(intake.token, clientId, { hasMedicaid: true });
      const res = await t.gql(SCREENS, { clientId }, { token: auditor.token });
      expect(res.data?.clientEligibilityScreens.map((s: { outcome: string }) => s.outcome)).toEqual(['ELIGIBLE', 'INELIGIBLE']);
      const reads = await t.db.query(`SELECT actor_id FROM audit_event WHERE action = 'READ' AND entity_type = 'EligibilityScreen' AND client_id = $1`, [clientId]);
      expect(reads).toEqual([{ actor_id: auditor.id }]);
    });

    it('refuses auditors, foreign ids, inactive programs and bad answers, and stores nothing', async () => {
      const clientId = await newClient(t, admin, { dateOfBirth: bornYearsAgo(30) });
      const theirClient = await newClient(t, otherAdmin, { dateOfBirth: bornYearsAgo(30) });
      const theirProgram = await newProgram(t, otherAdmin);
      const retired = await newProgram(t, admin);
      await t.gql(UPDATE_PROGRAM, { input: { programId: retired, version: 1, active: false } }, { token: admin });

      expect(codeOf(await screen(auditor.token, clientId, {}))).toBe('FORBIDDEN');
      expect(codeOf(await screen(admin, theirClient, {}))).toBe('NOT_FOUND');
      expect(codeOf(await screen(admin, clientId, {}, theirProgram))).toBe('NOT_FOUND');
      expect(codeOf(await screen(admin, clientId, {}, '00000000-0000-0000-0000-000000000000'))).toBe('NOT_FOUND');
      const inactive = await screen(admin, clientId, {}, retired);
      expect(inactive.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'programId', message: 'inactive program' }] });
      const longNotes = await screen(admin, clientId, { notes: 'x'.repeat(2001) });
      expect(longNotes.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'answers.notes' })]);
      expect(codeOf(await screen(admin, 'not-a-uuid', {}))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(SCREENS, { clientId: theirClient }, { token: admin }))).toBe('NOT_FOUND');
      expect(await t.db.query(`SELECT 1 FROM eligibility_screen WHERE client_id IN ($1, $2)`, [clientId, theirClient])).toHaveLength(0);
    });

    it('lets intake screen only clients still in intake', async () => {
      const active = await newClient(t, admin, { status: 'ACTIVE', dateOfBirth: bornYearsAgo(30) });
      expect(codeOf(await screen(intake.token, active, { hasMedicaid: true }))).toBe('FORBIDDEN');
    });
  });
});
