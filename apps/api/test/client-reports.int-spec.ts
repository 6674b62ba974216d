import { codeOf } from './support/factories';
import { CASELOAD_REPORT, edgeWorld, type EdgeWorld, INTAKE_REPORT, LATE_NOTE_REPORT, Q4, readReport, reportReads, reportWorld, type ReportWorld } from './support/report-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const NONE = { total: 0, pending: 0, active: 0, onHold: 0, closedSince: 0, lowRisk: 0, moderateRisk: 0, highRisk: 0 };

describe('client reports: caseloads, intakes and discharges, notes entered late', () => {
  let t: TestApp;
  let w: ReportWorld;
  let edges: EdgeWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await reportWorld(t);
    edges = await edgeWorld(t);
  }, 120_000);
  afterAll(() => t.close());

  const report = (query: string, filter: Record<string, unknown>, token = w.supervisor.token) => readReport(t, query, filter, token);

  describe('caseload', () => {
    it("counts each worker's clients on the period's last day by status and risk, a client in two programs once", async () => {
      const caseload = await report(CASELOAD_REPORT, Q4);
      expect(caseload.asOf).toBe('2025-12-31');
      const byWorker = new Map(caseload.workers.map((row: { worker: { id: string } }) => [row.worker.id, row]));
      expect(byWorker.size).toBe(2);
      // Ana: her active high-risk client (also pending in program two) and a moderate-risk one closed since.
      expect(byWorker.get(w.ana.id)).toEqual({ ...NONE, worker: { id: w.ana.id }, total: 2, active: 1, closedSince: 1, highRisk: 1, moderateRisk: 1 });
      expect(byWorker.get(w.ben.id)).toEqual({ ...NONE, worker: { id: w.ben.id }, total: 1, onHold: 1, lowRisk: 1 });
      expect(caseload.totals).toEqual({ ...NONE, total: 3, active: 1, onHold: 1, closedSince: 1, lowRisk: 1, moderateRisk: 1, highRisk: 1 });
    });

    it('narrows to a program, a worker, and looks back to an earlier day', async () => {
      const second = await report(CASELOAD_REPORT, { ...Q4, programId: w.programTwo });
      expect(second.totals).toMatchObject({ total: 2, pending: 1, onHold: 1 });
      const ben = await report(CASELOAD_REPORT, { ...Q4, workerId: w.ben.id });
      expect(ben.workers.map((row: { worker: { id: string } }) => row.worker.id)).toEqual([w.ben.id]);
      // On the last day of October: Ana's three October intakes, her September and June cases; all but one closed since; Ben had none yet.
      const october = await report(CASELOAD_REPORT, { from: '2025-10-01', to: '2025-10-31' });
      expect(october.totals).toMatchObject({ total: 5, active: 1, closedSince: 4, pending: 0 });
      expect(october.workers).toHaveLength(1);
    });

    it('names who held each case on the day, counts a client two workers serve once in the totals, and leaves out a case closed that day', async () => {
      const caseload = await report(CASELOAD_REPORT, Q4, edges.supervisor.token);
      const byWorker = new Map(caseload.workers.map((row: { worker: { id: string } }) => [row.worker.id, row]));
      // Xena held k3 until 2026's first UTC instant (Yuri leads it today) and serves k1 in one program; Yuri serves k1 in the other.
      expect(byWorker.get(edges.xena.id)).toEqual({ ...NONE, worker: { id: edges.xena.id }, total: 2, active: 2, lowRisk: 1, moderateRisk: 1 });
      expect(byWorker.get(edges.yuri.id)).toEqual({ ...NONE, worker: { id: edges.yuri.id }, total: 1, active: 1, lowRisk: 1 });
      expect(caseload.totals).toEqual({ ...NONE, total: 2, active: 2, lowRisk: 1, moderateRisk: 1 });
      // A day earlier k2, closed on 12-31, was still open.
      const before = await report(CASELOAD_REPORT, { from: '2025-10-01', to: '2025-12-30' }, edges.supervisor.token);
      expect(before.totals).toEqual({ ...NONE, total: 3, active: 2, closedSince: 1, lowRisk: 1, moderateRisk: 1, highRisk: 1 });
      // Today Yuri leads k3.
      const today = await report(CASELOAD_REPORT, { from: '2026-01-01', to: '2026-01-31', workerId: edges.yuri.id }, edges.supervisor.token);
      expect(today.totals).toMatchObject({ total: 2 });
    });
  });

  describe('intakes and discharges', () => {
    it('counts intakes and discharges by month with the reasons given', async () => {
      expect(await report(INTAKE_REPORT, Q4)).toEqual({
        months: [
          { month: '2025-10', intakes: 3, discharges: 0 },
          { month: '2025-11', intakes: 1, discharges: 1 },
          { month: '2025-12', intakes: 0, discharges: 2 },
        ],
        intakes: 4,
        discharges: 3,
        // 'Goals met' twice and 'Moved away' once: too rare to name.
        reasons: [],
        otherReasons: 3,
      });
    });

    it("counts on the period's first and last days, and names a reason given three times however spelled, the rest as other", async () => {
      expect(await report(INTAKE_REPORT, Q4, edges.supervisor.token)).toEqual({
        // k1 twice and k2 on 10-01; discharges on 10-15 and 10-31, 11-10 (no reason) and 11-11, and 12-31. 2026-01-01 and 2025-09-30 left out.
        months: [
          { month: '2025-10', intakes: 3, discharges: 2 },
          { month: '2025-11', intakes: 0, discharges: 2 },
          { month: '2025-12', intakes: 0, discharges: 1 },
        ],
        intakes: 3,
        discharges: 5,
        // As last written.
        reasons: [{ reason: 'goals met', discharges: 3 }],
        otherReasons: 2,
      });
    });

    it('narrows to a program, a worker and a shorter period', async () => {
      expect(await report(INTAKE_REPORT, { ...Q4, programId: w.programTwo })).toMatchObject({ intakes: 1, discharges: 0, reasons: [] });
      expect(await report(INTAKE_REPORT, { ...Q4, workerId: w.ana.id })).toMatchObject({ intakes: 3, discharges: 3 });
      const october = await report(INTAKE_REPORT, { from: '2025-10-01', to: '2025-10-31' });
      expect(october).toMatchObject({ months: [{ month: '2025-10', intakes: 3, discharges: 0 }], intakes: 3, discharges: 0 });
    });
  });

  describe('notes entered late', () => {
    it("counts signed notes by month of the contact and those signed after the agency's late-entry days", async () => {
      expect(await report(LATE_NOTE_REPORT, Q4)).toEqual({
        months: [
          { month: '2025-10', signed: 2, late: 1 },
          { month: '2025-11', signed: 1, late: 0 },
          { month: '2025-12', signed: 1, late: 1 },
        ],
        signed: 4,
        late: 2,
        lateEntryDays: 3,
      });
    });

    it('narrows to a worker and a program', async () => {
      expect(await report(LATE_NOTE_REPORT, { ...Q4, workerId: w.ben.id })).toMatchObject({ signed: 1, late: 1 });
      expect(await report(LATE_NOTE_REPORT, { ...Q4, programId: w.programOne })).toMatchObject({ signed: 3, late: 1 });
    });
  });

  it("counts notes by the UTC instant of the contact on the period's edges", async () => {
    expect(await report(LATE_NOTE_REPORT, Q4, edges.supervisor.token)).toEqual({
      months: [
        { month: '2025-10', signed: 1, late: 1 },
        { month: '2025-11', signed: 0, late: 0 },
        { month: '2025-12', signed: 1, late: 0 },
      ],
      signed: 2,
      late: 1,
      lateEntryDays: 3,
    });
  });

  describe('the filter', () => {
    it('refuses a period ending before it starts, one over two years and a day that does not exist, as bad input', async () => {
      for (const filter of [
        { from: '2025-12-31', to: '2025-10-01' },
        { from: '2023-01-01', to: '2025-01-02' },
        { from: '2025-02-30', to: '2025-03-31' },
        { ...Q4, programId: 'not-an-id' },
      ]) {
        expect(codeOf(await t.gql(INTAKE_REPORT, { filter }, { token: w.supervisor.token }))).toBe('BAD_USER_INPUT');
      }
      // Exactly two years (a leap year's 366 days and 365) is allowed.
      expect((await t.gql(INTAKE_REPORT, { filter: { from: '2024-01-01', to: '2025-12-31' } }, { token: w.supervisor.token })).errors).toBeUndefined();
    });

    it("answers NOT_FOUND for an unknown program or worker and for another agency's", async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      for (const filter of [
        { ...Q4, programId: unknown },
        { ...Q4, workerId: unknown },
        { ...Q4, programId: w.other.programId },
        { ...Q4, workerId: w.other.worker.id },
      ]) {
        expect(codeOf(await t.gql(CASELOAD_REPORT, { filter }, { token: w.supervisor.token }))).toBe('NOT_FOUND');
      }
    });
  });

  it('is for supervisors, admins and auditors, never case managers', async () => {
    expect(codeOf(await t.gql(LATE_NOTE_REPORT, { filter: Q4 }, { token: w.caseManager.token }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CASELOAD_REPORT, { filter: Q4 }, { token: w.ana.token }))).toBe('FORBIDDEN');
    expect((await report(LATE_NOTE_REPORT, Q4, w.auditor.token)).signed).toBe(4);
    expect((await report(INTAKE_REPORT, Q4, w.admin.token)).intakes).toBe(4);
  });

  it('lists the workers a report may be narrowed to, for auditors too', async () => {
    const res = await t.gql('{ reportWorkers { id role } }', {}, { token: w.auditor.token });
    const ids = res.data?.reportWorkers.map((user: { id: string }) => user.id);
    expect(ids).toEqual(expect.arrayContaining([w.ana.id, w.ben.id, w.supervisor.id]));
    expect(ids).not.toContain(w.auditor.id);
    expect(ids).not.toContain(w.other.worker.id);
    expect(codeOf(await t.gql('{ reportWorkers { id } }', {}, { token: w.ana.token }))).toBe('FORBIDDEN');
  });

  it('records each read in the audit trail with its filter and no client', async () => {
    await report(INTAKE_REPORT, { ...Q4, workerId: w.ana.id }, w.auditor.token);
    const reads = await reportReads(t, w.auditor.id);
    expect(reads.at(-1)).toEqual({
      report: 'INTAKES',
      client_id: null,
      changes: { from: { to: Q4.from }, to: { to: Q4.to }, programId: { to: null }, workerId: { to: w.ana.id } },
    });
    const refusedBefore = (await reportReads(t, w.supervisor.id)).length;
    await t.gql(INTAKE_REPORT, { filter: { from: '2025-12-31', to: '2025-10-01' } }, { token: w.supervisor.token });
    expect(await reportReads(t, w.supervisor.id)).toHaveLength(refusedBefore);
  });
});
