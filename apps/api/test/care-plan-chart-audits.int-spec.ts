import { randomUUID } from 'node:crypto';
import { backToNow, CANCEL_TASK, COMPLETE_TASK, MY_TASKS, REASSIGN_TASK, travelTo } from './support/care-plan-worklist-fixtures';
import { auditRowsOf, newClient, newProgram, ok, onCaseload, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const ANSWER = 'id version itemKey automaticResult evidence result note overridden answeredBy { id } answeredAt';
const REVIEW = `audit { id version quarter programId programName sampleRule sampleSize seed status chartCount answeredCount answerCount worker { id } startedBy { id } completedAt
    items { key labelEn labelEs check days } }
  charts { id version clientId enrollmentId client { id displayName } worker { id } findings answers { ${ANSWER} }
    actions { id chartId itemKey what dueOn done status assignee { id } } }
  compliance { rate items { key pass fail notApplicable rate } workers { worker { id } charts pass fail rate } }`;
const START = `mutation ($input: StartChartAuditInput!) { startChartAudit(input: $input) { ${REVIEW} } }`;
const ONE = `query ($id: ID!) { chartAudit(id: $id) { ${REVIEW} } }`;
const LIST = `query ($quarter: String, $first: Int, $after: String) { chartAudits(quarter: $quarter, first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id quarter status chartCount answeredCount answerCount programName } } } }`;
const ANSWER_ITEM = `mutation ($input: AnswerChartAuditItemInput!) { answerChartAuditItem(input: $input) { ${REVIEW} } }`;
const FINDINGS = `mutation ($input: RecordChartFindingsInput!) { recordChartAuditFindings(input: $input) { ${REVIEW} } }`;
const ASSIGN = `mutation ($input: AssignCorrectiveActionInput!) { assignCorrectiveAction(input: $input) { ${REVIEW} } }`;
const COMPLETE = `mutation ($input: CompleteChartAuditInput!) { completeChartAudit(input: $input) { ${REVIEW} } }`;
const CHECKLIST = '{ chartAuditChecklist { id key position labelEn labelEs check days version } }';

const ROLES = { supervisor: 'SUPERVISOR', caseManager: 'CASE_MANAGER', otherWorker: 'CASE_MANAGER', auditor: 'AUDITOR' } as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

/** The audits are judged on this day (the clock is moved there), within 2026-Q4. */
const TODAY = '2026-11-24';

interface Answer {
  id: string;
  version: number;
  itemKey: string;
  automaticResult: string | null;
  evidence: string | null;
  result: string | null;
  overridden: boolean;
}
interface Chart {
  id: string;
  version: number;
  clientId: string;
  enrollmentId: string;
  answers: Answer[];
  actions: { id: string; what: string; done: boolean; status: string; assignee: { id: string }; dueOn: string }[];
  worker: { id: string } | null;
}
interface Review {
  audit: { id: string; version: number; status: string; seed: string; chartCount: number; answeredCount: number; answerCount: number; items: { key: string }[] };
  charts: Chart[];
  compliance: { rate: number | null; items: { key: string; pass: number; fail: number; notApplicable: number; rate: number | null }[]; workers: { worker: { id: string }; pass: number; fail: number }[] };
}

describe('chart audits: a quarter’s sample, pre-filled checks, corrective actions on the worklist', () => {
  let t: TestApp;
  let staffed: StaffedAgency<keyof typeof ROLES>;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let programId: string;
  let passing: { clientId: string; enrollmentId: string };
  let failing: { clientId: string; enrollmentId: string };

  const id = (who: Who) => staffed.people[who].id;
  const sql = (query: string, params: unknown[] = []) => t.db.query(query, params);
  const auditCount = async () => Number((await sql(`SELECT count(*) FROM chart_audit WHERE agency_id = $1`, [staffed.agency.id]))[0].count);
  const start = (input: Record<string, unknown>, who: Who = 'supervisor') => as(who)(START, { input: { quarter: '2026-Q4', sampleSize: 10, ...input } });
  const answerOf = (chart: Chart, key: string) => chart.answers.find((a) => a.itemKey === key) as Answer;

  /** An enrollment in the quarter's program on the case manager's caseload, opened before the quarter. */
  async function chart(caseManager: Who = 'caseManager', program = programId, riskLevel: 'LOW' | 'HIGH' = 'LOW') {
    const clientId = await newClient(t, staffed.people.admin.token, { status: 'ACTIVE', riskLevel });
    const enrollmentId = await onCaseload(t, staffed.people.admin.token, clientId, id(caseManager), program);
    await sql(`UPDATE enrollment SET opened_on = '2026-06-01' WHERE id = $1`, [enrollmentId]);
    return { clientId, enrollmentId };
  }

  /** The records each automatic check reads, written to pass (`good`) or to fail it. */
  async function records({ clientId, enrollmentId }: { clientId: string; enrollmentId: string }, good: boolean) {
    const agency = staffed.agency.id;
    const [instrument] = await sql(`SELECT id FROM instrument WHERE agency_id = $1 AND code = 'ICAP'`, [agency]);
    await sql(
      `INSERT INTO assessment (agency_id, client_id, enrollment_id, instrument_id, status, completed_at, completed_on, next_due_on)
       VALUES ($1, $2, $3, $4, 'COMPLETED', $5::date, $5::date, $6)`,
      [agency, clientId, enrollmentId, instrument.id, good ? '2026-02-01' : '2023-01-10', good ? '2029-02-01' : '2026-01-10'],
    );
    await sql(
      `INSERT INTO care_plan (agency_id, client_id, enrollment_id, revision, status, effective_on, review_due_on, approved_at, acknowledged_on, acknowledgement_method)
       VALUES ($1, $2, $3, 1, 'ACTIVE', '2026-03-01', $4, '2026-03-02T10:00:00Z', '2026-03-03', 'SIGNATURE')`,
      [agency, clientId, enrollmentId, good ? '2027-03-01' : '2026-10-15'],
    );
    await sql(
      `INSERT INTO case_note (agency_id, client_id, enrollment_id, author_id, note_type, occurred_at, narrative, status, signed_at, late_entry)
       VALUES ($1, $2, $3, $4, 'HOME_VISIT', '2026-10-03T15:00:00Z', 'Visit', 'SIGNED', $5, $6)`,
      [agency, clientId, enrollmentId, id('caseManager'), good ? '2026-10-04T09:00:00Z' : '2026-10-15T10:00:00Z', !good],
    );
    const [consent] = await sql(
      `INSERT INTO consent (agency_id, client_id, categories, recipient_kind, recipient_name, purpose, effective_from, effective_until, signature_method, signed_on)
       VALUES ($1, $2, '{CASE_NOTES}', 'ORGANIZATION', 'Riverside Clinic', 'Referral', '2026-01-01', $3, 'WRITTEN', '2026-01-01') RETURNING id`,
      [agency, clientId, good ? null : '2026-09-30'],
    );
    await sql(
      `INSERT INTO referral (agency_id, client_id, enrollment_id, provider_name, consent_id, reason, status, sent_at, answered_at)
       VALUES ($1, $2, $3, 'Riverside Clinic', $4, 'Counselling', $5, '2026-10-01T10:00:00Z', $6)`,
      [agency, clientId, enrollmentId, consent.id, good ? 'ACCEPTED' : 'SENT', good ? '2026-10-02T10:00:00Z' : null],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    staffed = await staffedAgency(t, ROLES);
    as = staffed.as;
    await sql(`INSERT INTO instrument (agency_id, code, revision, name, definition) VALUES ($1, 'ICAP', 1, 'ICAP', '{}')`, [staffed.agency.id]);
    programId = await newProgram(t, staffed.people.admin.token, {}, { rules: { requiredInstruments: [{ instrumentCode: 'ICAP', renewEveryMonths: 36 }] } });
    passing = await chart();
    failing = await chart();
    await records(passing, true);
    await records(failing, false);
    travelTo(t, TODAY);
  });
  afterAll(async () => {
    backToNow(t);
    await t.close();
  });

  it('gives an agency without a checklist the default one, once', async () => {
    const first = await ok(as('auditor')(CHECKLIST));
    expect(first.map((i: { key: string }) => i.key)).toEqual(['assessments-current', 'plan-signed-reviewed', 'notes-signed', 'consents-valid', 'referrals-followed-up', 'goals-measurable', 'client-voice']);
    // No days of its own: the agency's late-entry days decide, as for the late-note report.
    expect(first[2]).toMatchObject({ check: 'NOTES_SIGNED_ON_TIME', days: null, labelEs: 'Las notas se firman a tiempo' });
    expect(first[5]).toMatchObject({ check: null, days: null });
    await ok(as('supervisor')(CHECKLIST));
    expect((await sql(`SELECT count(*) FROM chart_audit_checklist_item WHERE agency_id = $1`, [staffed.agency.id]))[0].count).toBe('7');
  });

  it('lets a supervisor add a question and retire an item, versioned and audited; an auditor may not', async () => {
    const ADD = 'mutation ($input: AddChecklistItemInput!) { addChartAuditChecklistItem(input: $input) { id key position check days version } }';
    const UPDATE = 'mutation ($input: UpdateChecklistItemInput!) { updateChartAuditChecklistItem(input: $input) { id key labelEn version } }';
    const UPDATE_DAYS = 'mutation ($input: UpdateChecklistItemInput!) { updateChartAuditChecklistItem(input: $input) { id days version } }';
    const other = await staffedAgency(t, { supervisor: 'SUPERVISOR' });
    const added = await ok(other.as('supervisor')(ADD, { input: { key: 'safety-plan', labelEn: 'A safety plan is on file', labelEs: 'Hay un plan de seguridad' } }));
    expect(added).toMatchObject({ key: 'safety-plan', position: 8, check: null, version: 1 });
    const taken = await other.as('supervisor')(ADD, { input: { key: 'safety-plan', labelEn: 'Again', labelEs: 'Otra vez' } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'key', message: 'taken' }] });
    const badKey = await other.as('supervisor')(ADD, { input: { key: 'Safety Plan', labelEn: 'x', labelEs: 'x' } });
    const daysOnQuestion = await other.as('supervisor')(ADD, { input: { key: 'days-on-question', labelEn: 'x', labelEs: 'x', days: 5 } });
    expect(daysOnQuestion.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'days', message: 'only for NOTES_SIGNED_ON_TIME' }] });
    const items = await ok(other.as('supervisor')(CHECKLIST));
    const plan = items.find((i: { key: string }) => i.key === 'plan-signed-reviewed');
    expect((await other.as('supervisor')(UPDATE, { input: { itemId: plan.id, version: plan.version, days: 5 } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const notes = items.find((i: { key: string }) => i.key === 'notes-signed');
    expect(await ok(other.as('supervisor')(UPDATE_DAYS, { input: { itemId: notes.id, version: notes.version, days: 5 } }))).toMatchObject({ days: 5 });
    expect(badKey.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'key' })] });
    const renamed = await ok(other.as('supervisor')(UPDATE, { input: { itemId: added.id, version: 1, labelEn: 'A current safety plan is on file' } }));
    expect(renamed).toMatchObject({ labelEn: 'A current safety plan is on file', version: 2 });
    const stale = await other.as('supervisor')(UPDATE, { input: { itemId: added.id, version: 1, active: false } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await as('supervisor')(UPDATE, { input: { itemId: added.id, version: 2, active: false } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await as('auditor')(ADD, { input: { key: 'x', labelEn: 'x', labelEs: 'x' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await auditRowsOf(t, added.id)).toEqual([
      expect.objectContaining({ action: 'CREATE', entity_type: 'ChartAuditChecklistItem', changes: expect.objectContaining({ key: { to: 'safety-plan' } }) }),
      expect.objectContaining({ action: 'UPDATE', changes: { labelEn: { from: 'A safety plan is on file', to: 'A current safety plan is on file' } } }),
    ]);
  });

  it('pre-fills every automatic item of a chart built to pass with PASS and of one built to fail with FAIL, each with its evidence', async () => {
    const review: Review = await ok(start({ programId }));
    expect(review.audit).toMatchObject({ status: 'IN_PROGRESS', chartCount: 2, answerCount: 14, answeredCount: 10 });
    const good = review.charts.find((c) => c.enrollmentId === passing.enrollmentId) as Chart;
    const bad = review.charts.find((c) => c.enrollmentId === failing.enrollmentId) as Chart;
    expect(good.worker?.id).toBe(id('caseManager'));
    expect(good.answers.map((a) => [a.itemKey, a.automaticResult, a.result])).toEqual([
      ['assessments-current', 'PASS', 'PASS'],
      ['plan-signed-reviewed', 'PASS', 'PASS'],
      ['notes-signed', 'PASS', 'PASS'],
      ['consents-valid', 'PASS', 'PASS'],
      ['referrals-followed-up', 'PASS', 'PASS'],
      ['goals-measurable', null, null],
      ['client-voice', null, null],
    ]);
    expect(answerOf(good, 'assessments-current').evidence).toBe('ICAP of 2026-02-01, renewal due 2029-02-01.');
    expect(answerOf(good, 'plan-signed-reviewed').evidence).toBe('Plan approved on 2026-03-02, signed on 2026-03-03, review due 2027-03-01.');
    expect(answerOf(good, 'notes-signed').evidence).toBe('1 note in the period, each signed within 3 days.');
    expect(answerOf(good, 'consents-valid').evidence).toBe('1 open referral shared under a consent in force.');
    expect(answerOf(good, 'referrals-followed-up').evidence).toBe('1 referral answered or followed up in time.');

    expect(bad.answers.slice(0, 5).map((a) => a.automaticResult)).toEqual(['FAIL', 'FAIL', 'FAIL', 'FAIL', 'FAIL']);
    expect(answerOf(bad, 'assessments-current').evidence).toBe('ICAP of 2023-01-10 was due for renewal on 2026-01-10.');
    expect(answerOf(bad, 'plan-signed-reviewed').evidence).toBe('Plan signed on 2026-03-03 was due for review on 2026-10-15.');
    expect(answerOf(bad, 'notes-signed').evidence).toBe('Note of 2026-10-03 was signed on 2026-10-15, more than 3 days after the contact.');
    expect(answerOf(bad, 'consents-valid').evidence).toBe('Consent for Riverside Clinic expired on 2026-09-30 while the referral to Riverside Clinic is open.');
    expect(answerOf(bad, 'referrals-followed-up').evidence).toBe('Referral to Riverside Clinic sent on 2026-10-01 has no answer; its follow-up was due 2026-10-06.');

    expect(review.compliance.rate).toBe(50);
    expect(review.compliance.items[0]).toEqual({ key: 'assessments-current', pass: 1, fail: 1, notApplicable: 0, rate: 50 });

    // The start and every chart it touched are in the trail, the chart with its client; the read of each chart too.
    expect(await auditRowsOf(t, review.audit.id)).toEqual([expect.objectContaining({ action: 'CREATE', entity_type: 'ChartAudit', actor_id: id('supervisor') })]);
    const chartRows = await auditRowsOf(t, bad.id);
    expect(chartRows).toEqual([
      expect.objectContaining({ action: 'CREATE', entity_type: 'ChartAuditChart', client_id: failing.clientId, changes: expect.objectContaining({ prefilledFailures: { to: 5 } }) }),
      expect.objectContaining({ action: 'READ', entity_type: 'ChartAuditChart', client_id: failing.clientId }),
    ]);
    await ok(as('auditor')(ONE, { id: review.audit.id }));
    expect((await auditRowsOf(t, bad.id)).filter((r: { action: string }) => r.action === 'READ')).toHaveLength(2);
  });

  it('judges a note still unsigned and a plan never signed by the client', async () => {
    const ownProgram = await newProgram(t, staffed.people.admin.token, {}, { rules: { requiredInstruments: [{ instrumentCode: 'ICAP', renewEveryMonths: 36 }] } });
    const other = await chart('caseManager', ownProgram);
    await sql(
      `INSERT INTO case_note (agency_id, client_id, enrollment_id, author_id, note_type, occurred_at, narrative, status) VALUES ($1, $2, $3, $4, 'PHONE_CALL', '2026-11-10T15:00:00Z', '', 'DRAFT')`,
      [staffed.agency.id, other.clientId, other.enrollmentId, id('caseManager')],
    );
    await sql(
      `INSERT INTO care_plan (agency_id, client_id, enrollment_id, revision, status, effective_on, approved_at) VALUES ($1, $2, $3, 1, 'ACTIVE', '2026-07-01', '2026-07-02T10:00:00Z')`,
      [staffed.agency.id, other.clientId, other.enrollmentId],
    );
    const review: Review = await ok(start({ programId: ownProgram }));
    const chart3 = review.charts.find((c) => c.enrollmentId === other.enrollmentId) as Chart;
    expect(answerOf(chart3, 'notes-signed')).toMatchObject({ result: 'FAIL', evidence: 'Note of 2026-11-10 was still unsigned on 2026-11-24, more than 3 days after the contact.' });
    expect(answerOf(chart3, 'plan-signed-reviewed')).toMatchObject({ result: 'FAIL', evidence: 'Plan approved on 2026-07-02 is not signed by the client.' });
    expect(answerOf(chart3, 'assessments-current')).toMatchObject({ result: 'FAIL', evidence: 'No completed ICAP assessment.' });
    expect(answerOf(chart3, 'consents-valid')).toMatchObject({ result: 'NOT_APPLICABLE', evidence: 'Nothing is shared under a consent.' });
    expect(answerOf(chart3, 'referrals-followed-up')).toMatchObject({ result: 'NOT_APPLICABLE', evidence: 'No referrals sent.' });
  });

  it('judges a discharged chart as of the day it closed: its closed plan was in force, renewals due after it are not counted', async () => {
    const ownProgram = await newProgram(t, staffed.people.admin.token, {}, { rules: { requiredInstruments: [{ instrumentCode: 'ICAP', renewEveryMonths: 36 }] } });
    const closed = await chart('caseManager', ownProgram);
    const [instrument] = await sql(`SELECT id FROM instrument WHERE agency_id = $1 AND code = 'ICAP'`, [staffed.agency.id]);
    await sql(
      `INSERT INTO assessment (agency_id, client_id, enrollment_id, instrument_id, status, completed_at, completed_on, next_due_on) VALUES ($1, $2, $3, $4, 'COMPLETED', '2023-11-10', '2023-11-10', '2026-11-10')`,
      [staffed.agency.id, closed.clientId, closed.enrollmentId, instrument.id],
    );
    await sql(
      `INSERT INTO care_plan (agency_id, client_id, enrollment_id, revision, status, effective_on, review_due_on, approved_at, acknowledged_on, acknowledgement_method, closed_at, close_reason)
       VALUES ($1, $2, $3, 1, 'CLOSED', '2026-06-05', '2026-11-15', '2026-06-05T10:00:00Z', '2026-06-06', 'SIGNATURE', '2026-11-01T16:00:00Z', 'Discharged')`,
      [staffed.agency.id, closed.clientId, closed.enrollmentId],
    );
    await sql(`UPDATE enrollment SET status = 'CLOSED', closed_on = '2026-11-01' WHERE id = $1`, [closed.enrollmentId]);
    const review: Review = await ok(start({ programId: ownProgram }));
    const judged = review.charts.find((c) => c.enrollmentId === closed.enrollmentId) as Chart;
    expect(answerOf(judged, 'plan-signed-reviewed')).toMatchObject({ result: 'PASS', evidence: 'Plan approved on 2026-06-05, signed on 2026-06-06, review due 2026-11-15.' });
    expect(answerOf(judged, 'assessments-current')).toMatchObject({ result: 'PASS', evidence: 'ICAP of 2023-11-10, renewal due 2026-11-10.' });
  });

  it('leaves a new chart before its program’s deadlines not applicable, saying when each is due', async () => {
    const rules = { requiredInstruments: [{ instrumentCode: 'ICAP', renewEveryMonths: 36 }], deadlines: { assessmentDays: 30, planDays: 14, reviewMonths: 12, implementationPlanDays: null, monitoringEveryMonths: null } };
    const ownProgram = await newProgram(t, staffed.people.admin.token, {}, { rules });
    const fresh = await chart('caseManager', ownProgram);
    await sql(`UPDATE enrollment SET opened_on = '2026-11-20' WHERE id = $1`, [fresh.enrollmentId]);
    const late = await chart('caseManager', ownProgram);
    await sql(`UPDATE enrollment SET opened_on = '2026-09-01' WHERE id = $1`, [late.enrollmentId]);
    const review: Review = await ok(start({ programId: ownProgram }));
    const judged = review.charts.find((c) => c.enrollmentId === fresh.enrollmentId) as Chart;
    expect(answerOf(judged, 'assessments-current')).toMatchObject({ result: 'NOT_APPLICABLE', evidence: 'First ICAP due 2026-12-20.' });
    expect(answerOf(judged, 'plan-signed-reviewed')).toMatchObject({ result: 'NOT_APPLICABLE', evidence: 'The plan is due after the first assessment (due 2026-12-20).' });
    // Opened long enough ago, the same empty chart fails, saying when it was due.
    const overdue = review.charts.find((c) => c.enrollmentId === late.enrollmentId) as Chart;
    expect(answerOf(overdue, 'assessments-current')).toMatchObject({ result: 'FAIL', evidence: 'No completed ICAP assessment; the first was due 2026-10-01.' });
    expect(answerOf(overdue, 'plan-signed-reviewed')).toMatchObject({ result: 'FAIL', evidence: 'No plan in force; the first assessment it follows was due 2026-10-01.' });
  });

  it('judges a past quarter by the records of its last day, not today’s', async () => {
    const ownProgram = await newProgram(t, staffed.people.admin.token, {}, { rules: { requiredInstruments: [{ instrumentCode: 'ICAP', renewEveryMonths: 36 }] } });
    const past = await chart('caseManager', ownProgram);
    const agency = staffed.agency.id;
    const [instrument] = await sql(`SELECT id FROM instrument WHERE agency_id = $1 AND code = 'ICAP'`, [agency]);
    await sql(
      `INSERT INTO assessment (agency_id, client_id, enrollment_id, instrument_id, status, completed_at, completed_on, next_due_on) VALUES ($1, $2, $3, $4, 'COMPLETED', '2026-10-05', '2026-10-05', '2029-10-05')`,
      [agency, past.clientId, past.enrollmentId, instrument.id],
    );
    const [first] = await sql(
      `INSERT INTO care_plan (agency_id, client_id, enrollment_id, revision, status, effective_on, review_due_on, approved_at, acknowledged_on, acknowledgement_method)
       VALUES ($1, $2, $3, 1, 'SUPERSEDED', '2026-03-01', '2026-09-01', '2026-03-02T10:00:00Z', '2026-03-03', 'SIGNATURE') RETURNING id`,
      [agency, past.clientId, past.enrollmentId],
    );
    await sql(
      `INSERT INTO care_plan (agency_id, client_id, enrollment_id, revision, previous_id, status, effective_on, review_due_on, approved_at, acknowledged_on, acknowledgement_method)
       VALUES ($1, $2, $3, 2, $4, 'ACTIVE', '2026-10-06', '2027-10-06', '2026-10-06T10:00:00Z', '2026-10-07', 'SIGNATURE')`,
      [agency, past.clientId, past.enrollmentId, first.id],
    );
    await sql(
      `INSERT INTO referral (agency_id, client_id, enrollment_id, provider_name, reason, status, sent_at) VALUES ($1, $2, $3, 'Riverside Clinic', 'Counselling', 'SENT', '2026-10-02T10:00:00Z')`,
      [agency, past.clientId, past.enrollmentId],
    );
    const q3: Review = await ok(start({ programId: ownProgram, quarter: '2026-Q3' }));
    const then = q3.charts[0];
    expect(answerOf(then, 'assessments-current')).toMatchObject({ result: 'FAIL', evidence: 'No completed ICAP assessment.' });
    expect(answerOf(then, 'plan-signed-reviewed')).toMatchObject({ result: 'FAIL', evidence: 'Plan signed on 2026-03-03 was due for review on 2026-09-01.' });
    expect(answerOf(then, 'referrals-followed-up')).toMatchObject({ result: 'NOT_APPLICABLE', evidence: 'No referrals sent.' });
    const q4: Review = await ok(start({ programId: ownProgram }));
    const now = q4.charts[0];
    expect(answerOf(now, 'assessments-current').result).toBe('PASS');
    expect(answerOf(now, 'plan-signed-reviewed')).toMatchObject({ result: 'PASS', evidence: 'Plan approved on 2026-10-06, signed on 2026-10-07, review due 2027-10-06.' });
    expect(answerOf(now, 'referrals-followed-up').result).toBe('FAIL');
  });

  describe('sampling', () => {
    let sampleProgram: string;
    let charts: { clientId: string; enrollmentId: string }[];

    beforeAll(async () => {
      sampleProgram = await newProgram(t, staffed.people.admin.token);
      charts = [];
      for (let i = 0; i < 5; i++) charts.push(await chart('caseManager', sampleProgram));
      charts.push(await chart('otherWorker', sampleProgram, 'HIGH'));
    });

    it('draws the same sample from the same seed, stores it, and draws n of the charts', async () => {
      const first: Review = await ok(start({ programId: sampleProgram, sampleSize: 3, seed: 'q4-north' }));
      const again: Review = await ok(start({ programId: sampleProgram, sampleSize: 3, seed: 'q4-north' }));
      expect(first.charts).toHaveLength(3);
      expect(again.charts.map((c) => c.enrollmentId)).toEqual(first.charts.map((c) => c.enrollmentId));
      // The seed, not the charts' ids, decides the order: other seeds draw the same six charts in other orders.
      const orders = new Set<string>();
      for (const seed of ['q4-north', 'q4-south', 'q4-east', 'q4-west']) orders.add((await ok(start({ programId: sampleProgram, sampleSize: 6, seed }))).charts.map((c: Chart) => c.enrollmentId).join());
      expect(orders.size).toBeGreaterThan(1);
      const unseeded: Review = await ok(start({ programId: sampleProgram, sampleSize: 3 }));
      expect(unseeded.audit.seed).toMatch(/^[0-9a-f-]{36}$/);

      // Once drawn, the sample stays: a chart closed later is still there when read again.
      await sql(`UPDATE enrollment SET status = 'CLOSED', closed_on = '2026-06-02' WHERE id = $1`, [first.charts[0].enrollmentId]);
      const read: Review = await ok(as('auditor')(ONE, { id: first.audit.id }));
      expect(read.charts.map((c) => c.enrollmentId)).toEqual(first.charts.map((c) => c.enrollmentId));
      const redraw: Review = await ok(start({ programId: sampleProgram, sampleSize: 10, seed: 'q4-north' }));
      expect(redraw.charts.map((c) => c.enrollmentId)).not.toContain(first.charts[0].enrollmentId);
      await sql(`UPDATE enrollment SET status = 'ACTIVE', closed_on = NULL WHERE id = $1`, [first.charts[0].enrollmentId]);
    });

    it('samples by rule: high risk, a worker’s caseload, enrollments opened in the quarter', async () => {
      const highRisk: Review = await ok(start({ programId: sampleProgram, rule: 'HIGH_RISK' }));
      expect(highRisk.charts.map((c) => c.enrollmentId)).toEqual([charts[5].enrollmentId]);
      const caseload: Review = await ok(start({ programId: sampleProgram, workerId: id('otherWorker') }));
      expect(caseload.charts.map((c) => c.enrollmentId)).toEqual([charts[5].enrollmentId]);
      await sql(`UPDATE enrollment SET opened_on = '2026-10-20' WHERE id = ANY($1)`, [[charts[1].enrollmentId, charts[2].enrollmentId]]);
      const opened: Review = await ok(start({ programId: sampleProgram, rule: 'OPENED_IN_QUARTER' }));
      expect(opened.charts.map((c) => c.enrollmentId).sort()).toEqual([charts[1].enrollmentId, charts[2].enrollmentId].sort());

      const none = await start({ programId: sampleProgram, workerId: id('supervisor') });
      expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });

  describe('working through an audit', () => {
    let review: Review;
    const bad = () => review.charts.find((c) => c.enrollmentId === failing.enrollmentId) as Chart;

    beforeAll(async () => {
      review = await ok(start({ programId, sampleSize: 2, seed: 'work', rule: null }));
    });

    it('puts a corrective action on the chart worker’s worklist as a CORRECTIVE_ACTION task, and shows it done once they complete it', async () => {
      review = await ok(as('supervisor')(ASSIGN, { input: { chartId: bad().id, itemKey: 'notes-signed', what: 'Sign notes within three days of the visit', dueOn: '2026-12-15' } }));
      const [action] = bad().actions;
      expect(action).toMatchObject({ what: 'Sign notes within three days of the visit', dueOn: '2026-12-15', done: false, assignee: { id: id('caseManager') } });

      const mine = await ok(as('caseManager')(MY_TASKS, { kinds: ['CORRECTIVE_ACTION'], first: 10 }));
      const task = mine.edges.map((e: { node: Record<string, unknown> }) => e.node).find((n: Record<string, unknown>) => n.subjectId === review.audit.id);
      expect(task).toMatchObject({ kind: 'CORRECTIVE_ACTION', subjectType: 'CHART_AUDIT', dueOn: '2026-12-15', status: 'OPEN', client: { id: failing.clientId }, details: 'Sign notes within three days of the visit' });
      expect(await auditRowsOf(t, action.id)).toEqual([expect.objectContaining({ action: 'CREATE', entity_type: 'CorrectiveAction', client_id: failing.clientId })]);
      expect(await auditRowsOf(t, task.id)).toContainEqual(expect.objectContaining({ action: 'CREATE', entity_type: 'Task', client_id: failing.clientId }));

      // The worker opens the audit from the task and sees the chart that gave them the action, no other.
      const theirs: Review = await ok(as('caseManager')(ONE, { id: review.audit.id }));
      expect(theirs.charts.map((c) => c.id)).toEqual([bad().id]);
      expect((await as('otherWorker')(ONE, { id: review.audit.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

      await ok(as('caseManager')(COMPLETE_TASK, { input: { taskId: task.id, version: task.version, note: 'Signed them all.' } }));
      review = await ok(as('supervisor')(ONE, { id: review.audit.id }));
      expect(bad().actions[0].done).toBe(true);

      // Another worker may be named instead.
      review = await ok(as('supervisor')(ASSIGN, { input: { chartId: bad().id, what: 'Renew the ICAP', assigneeId: id('otherWorker'), dueOn: '2026-12-20' } }));
      expect(bad().actions[1]).toMatchObject({ assignee: { id: id('otherWorker') }, done: false });
    });

    it('follows the action’s task: handed to another worker it is theirs to open, not the first one’s, and a cancelled task shows CANCELLED', async () => {
      let own: Review = await ok(start({ programId, sampleSize: 2, seed: 'hand-over' }));
      const target = () => own.charts.find((c) => c.enrollmentId === failing.enrollmentId) as Chart;
      own = await ok(as('supervisor')(ASSIGN, { input: { chartId: target().id, what: 'Book the plan review', dueOn: '2026-12-18' } }));
      const [action] = target().actions;
      expect(action.assignee.id).toBe(id('caseManager'));
      const [task] = await sql(`SELECT t.id, t.version FROM task t JOIN chart_audit_action a ON a.agency_id = t.agency_id AND a.task_key = t.dedupe_key WHERE a.id = $1`, [action.id]);
      await ok(as('supervisor')(REASSIGN_TASK, { input: { taskId: task.id, version: task.version, assigneeId: id('otherWorker') } }));
      const theirs: Review = await ok(as('otherWorker')(ONE, { id: own.audit.id }));
      expect(theirs.charts.map((c) => c.id)).toEqual([target().id]);
      expect(theirs.charts[0].actions[0]).toMatchObject({ assignee: { id: id('otherWorker') }, status: 'OPEN' });
      expect((await as('caseManager')(ONE, { id: own.audit.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const [moved] = await sql(`SELECT version FROM task WHERE id = $1`, [task.id]);
      await ok(as('supervisor')(CANCEL_TASK, { input: { taskId: task.id, version: moved.version, reason: 'Enrollment closing' } }));
      own = await ok(as('supervisor')(ONE, { id: own.audit.id }));
      expect(target().actions[0]).toMatchObject({ status: 'CANCELLED', done: false });
    });

    it('refuses a corrective action with bad input and writes nothing', async () => {
      const before = Number((await sql(`SELECT count(*) FROM task WHERE agency_id = $1 AND kind = 'CORRECTIVE_ACTION'`, [staffed.agency.id]))[0].count);
      const cases: [Record<string, unknown>, string][] = [
        [{ what: '   ' }, 'what'],
        [{ what: 'x'.repeat(501) }, 'what'],
        [{ dueOn: '2026-11-01' }, 'dueOn'],
        [{ dueOn: '15/12/2026' }, 'dueOn'],
        [{ itemKey: 'no-such-item' }, 'itemKey'],
        [{ assigneeId: id('auditor') }, 'assigneeId'],
      ];
      for (const [input, field] of cases) {
        const res = await as('supervisor')(ASSIGN, { input: { chartId: bad().id, what: 'Fix it', dueOn: '2026-12-15', ...input } });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: expect.arrayContaining([expect.objectContaining({ field })]) });
      }
      const unknown = await as('supervisor')(ASSIGN, { input: { chartId: randomUUID(), what: 'Fix it', dueOn: '2026-12-15' } });
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(Number((await sql(`SELECT count(*) FROM task WHERE agency_id = $1 AND kind = 'CORRECTIVE_ACTION'`, [staffed.agency.id]))[0].count)).toBe(before);
    });

    it('refuses completion while items are open, an override without a note and a stale version; then completes with compliance per item and worker', async () => {
      const open = await as('supervisor')(COMPLETE, { input: { chartAuditId: review.audit.id, version: review.audit.version } });
      expect(open.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
      expect(open.errors?.[0].message).toContain('4 items are still unanswered');

      const notes = answerOf(bad(), 'notes-signed');
      const silent = await as('supervisor')(ANSWER_ITEM, { input: { answerId: notes.id, version: notes.version, result: 'PASS' } });
      expect(silent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note', message: expect.any(String) }] });
      review = await ok(as('supervisor')(ANSWER_ITEM, { input: { answerId: notes.id, version: notes.version, result: 'PASS', note: 'The late note was a late entry, approved.' } }));
      expect(answerOf(bad(), 'notes-signed')).toMatchObject({ result: 'PASS', automaticResult: 'FAIL', overridden: true, version: notes.version + 1 });
      const stale = await as('supervisor')(ANSWER_ITEM, { input: { answerId: notes.id, version: notes.version, result: 'FAIL' } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

      // Confirming the system's answer needs no note.
      const plan = answerOf(bad(), 'plan-signed-reviewed');
      review = await ok(as('admin')(ANSWER_ITEM, { input: { answerId: plan.id, version: plan.version, result: 'FAIL' } }));
      expect(answerOf(bad(), 'plan-signed-reviewed')).toMatchObject({ result: 'FAIL', overridden: false });

      for (const chart of review.charts) {
        for (const key of ['goals-measurable', 'client-voice']) {
          const answer = answerOf(chart, key);
          review = await ok(as('supervisor')(ANSWER_ITEM, { input: { answerId: answer.id, version: answer.version, result: chart.enrollmentId === failing.enrollmentId ? 'FAIL' : 'PASS' } }));
        }
      }
      const findings = bad();
      review = await ok(as('supervisor')(FINDINGS, { input: { chartId: findings.id, version: findings.version, findings: 'Plan review is six weeks late.' } }));
      expect(await auditRowsOf(t, findings.id)).toContainEqual(expect.objectContaining({ action: 'UPDATE', client_id: failing.clientId, changes: { findingsLength: { from: 0, to: 30 } } }));

      review = await ok(as('supervisor')(COMPLETE, { input: { chartAuditId: review.audit.id, version: review.audit.version } }));
      expect(review.audit).toMatchObject({ status: 'COMPLETED', answeredCount: 14 });
      // The passing chart: 7 PASS. The failing one: notes overridden to PASS, the other 6 FAIL.
      expect(review.compliance.rate).toBe(57);
      expect(review.compliance.items.find((i) => i.key === 'notes-signed')).toEqual({ key: 'notes-signed', pass: 2, fail: 0, notApplicable: 0, rate: 100 });
      expect(review.compliance.items.find((i) => i.key === 'client-voice')).toEqual({ key: 'client-voice', pass: 1, fail: 1, notApplicable: 0, rate: 50 });
      expect(review.compliance.workers).toEqual([{ worker: { id: id('caseManager') }, charts: 2, pass: 8, fail: 6, rate: 57 }]);
      expect(await auditRowsOf(t, review.audit.id)).toContainEqual(expect.objectContaining({ action: 'UPDATE', changes: { status: { from: 'IN_PROGRESS', to: 'COMPLETED' } } }));

      const after = answerOf(bad(), 'client-voice');
      const late = await as('supervisor')(ANSWER_ITEM, { input: { answerId: after.id, version: after.version, result: 'PASS' } });
      expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
      const twice = await as('supervisor')(COMPLETE, { input: { chartAuditId: review.audit.id, version: review.audit.version } });
      expect(twice.errors?.[0].extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION' });

      const listed = await ok(as('auditor')(LIST, { quarter: '2026-Q4', first: 50 }));
      expect(listed.edges.find((e: { node: { id: string } }) => e.node.id === review.audit.id).node).toMatchObject({ status: 'COMPLETED', chartCount: 2, answeredCount: 14 });
    });
  });

  describe('who may do what, and bad input', () => {
    it('lets supervisors and admins run audits, auditors read them, and nobody else in', async () => {
      const review: Review = await ok(start({ programId, sampleSize: 1 }, 'admin'));
      const answer = review.charts[0].answers[5];
      for (const who of ['caseManager', 'auditor'] as const) {
        expect((await start({ programId }, who)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
        const res = await as(who)(ANSWER_ITEM, { input: { answerId: answer.id, version: answer.version, result: 'PASS' } });
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect((await as('caseManager')(ONE, { id: review.audit.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await as('caseManager')(LIST, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await ok(as('auditor')(ONE, { id: review.audit.id }));
    });

    it('answers another agency’s ids NOT_FOUND and changes nothing', async () => {
      const review: Review = await ok(start({ programId, sampleSize: 1 }));
      const [chartOf] = review.charts;
      const answer = chartOf.answers[5];
      const stranger = as('stranger');
      expect((await stranger(ONE, { id: review.audit.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await stranger(ANSWER_ITEM, { input: { answerId: answer.id, version: answer.version, result: 'PASS' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await stranger(FINDINGS, { input: { chartId: chartOf.id, version: chartOf.version, findings: 'x' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await stranger(ASSIGN, { input: { chartId: chartOf.id, what: 'x', dueOn: '2026-12-15' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await stranger(COMPLETE, { input: { chartAuditId: review.audit.id, version: 1 } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await stranger(START, { input: { quarter: '2026-Q4', sampleSize: 1, programId } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const still: Review = await ok(as('supervisor')(ONE, { id: review.audit.id }));
      expect(still.charts[0]).toMatchObject({ version: chartOf.version, findings: null });
      expect(still.charts[0].answers[5]).toMatchObject({ result: null, version: answer.version });
    });

    it('refuses a bad start with a typed error and starts nothing', async () => {
      const count = await auditCount();
      const cases: [Record<string, unknown>, string][] = [
        [{ quarter: 'Q4-2026' }, 'quarter'],
        [{ quarter: '2026-Q5' }, 'quarter'],
        [{ quarter: '2027-Q2' }, 'quarter'],
        [{ sampleSize: 0 }, 'sampleSize'],
        [{ sampleSize: 51 }, 'sampleSize'],
        [{ seed: 'x'.repeat(65) }, 'seed'],
        [{ programId: 'not-an-id' }, 'programId'],
      ];
      for (const [input, field] of cases) {
        const res = await start({ programId, ...input });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field })] });
      }
      expect((await start({ programId: randomUUID() })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await start({ workerId: randomUUID() })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await start({ rule: 'BY_MOOD' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await start({ sampleSize: 'ten' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await auditCount()).toBe(count);
    });
  });
});
