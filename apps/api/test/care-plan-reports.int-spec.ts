import { daysFromToday } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { DEADLINE_REPORT, edgeWorld, type EdgeWorld, GOAL_REPORT, Q4, readReport, reportReads, reportWorld, type ReportWorld, taskOf } from './support/report-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('care-plan reports: deadlines met and missed, goals achieved', () => {
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

  describe('deadlines', () => {
    it('counts generated deadlines due in the period: done by the due day met, done later or still open past it missed', async () => {
      expect(await report(DEADLINE_REPORT, Q4)).toEqual({
        groups: [
          { group: 'ASSESSMENT', met: 1, missed: 1, open: 0 },
          { group: 'PLAN', met: 1, missed: 0, open: 0 },
          { group: 'VISIT', met: 1, missed: 1, open: 0 },
        ],
        months: [
          { month: '2025-10', met: 1, missed: 1, open: 0 },
          { month: '2025-11', met: 1, missed: 1, open: 0 },
          { month: '2025-12', met: 1, missed: 0, open: 0 },
        ],
        totals: { met: 3, missed: 2, open: 0 },
      });
    });

    it('narrows to the assignee and to the program', async () => {
      expect((await report(DEADLINE_REPORT, { ...Q4, workerId: w.ben.id })).totals).toEqual({ met: 1, missed: 0, open: 0 });
      expect((await report(DEADLINE_REPORT, { ...Q4, programId: w.programOne })).totals).toEqual({ met: 2, missed: 2, open: 0 });
      expect((await report(DEADLINE_REPORT, { from: '2025-12-01', to: '2025-12-31' })).groups).toContainEqual({ group: 'VISIT', met: 1, missed: 0, open: 0 });
    });

    it("counts by the UTC day on the period's edges, and a deadline cancelled after its day as missed", async () => {
      expect(await report(DEADLINE_REPORT, Q4, edges.supervisor.token)).toEqual({
        groups: [
          // Done a minute before the last midnight: met; done thirty seconds after the 10-31 midnight: missed.
          { group: 'ASSESSMENT', met: 1, missed: 1, open: 0 },
          { group: 'PLAN', met: 1, missed: 0, open: 0 },
          // Cancelled two days late: missed; cancelled on its day: left out.
          { group: 'VISIT', met: 0, missed: 1, open: 0 },
        ],
        months: [
          { month: '2025-10', met: 1, missed: 1, open: 0 },
          { month: '2025-11', met: 0, missed: 1, open: 0 },
          { month: '2025-12', met: 1, missed: 0, open: 0 },
        ],
        totals: { met: 2, missed: 2, open: 0 },
      });
    });

    it('keeps a deadline not yet due apart, neither met nor missed', async () => {
      const [row] = await t.db.query(`SELECT client_id FROM enrollment WHERE id = $1`, [w.anaCase]);
      await taskOf(t, w.agency.id, { enrollmentId: w.anaCase, clientId: row.client_id, assigneeId: w.ana.id, kind: 'VISIT', dueOn: daysFromToday(5) });
      const coming = await report(DEADLINE_REPORT, { from: daysFromToday(-10), to: daysFromToday(30), workerId: w.ana.id });
      expect(coming.totals).toEqual({ met: 0, missed: 0, open: 1 });
    });
  });

  describe('goals', () => {
    it("counts the goals of each plan in force in the period, as its latest approved version leaves them", async () => {
      expect(await report(GOAL_REPORT, Q4)).toEqual({
        domains: [
          { domain: 'FOOD', achieved: 0, inProgress: 0, discontinued: 1 },
          { domain: 'HOUSING', achieved: 1, inProgress: 1, discontinued: 0 },
          { domain: 'INCOME', achieved: 1, inProgress: 0, discontinued: 0 },
        ],
        totals: { achieved: 2, inProgress: 1, discontinued: 1 },
      });
    });

    it("narrows to the enrollment's worker and program, and to plans in force in the period", async () => {
      expect((await report(GOAL_REPORT, { ...Q4, workerId: w.ana.id })).totals).toEqual({ achieved: 2, inProgress: 1, discontinued: 0 });
      expect((await report(GOAL_REPORT, { ...Q4, programId: w.programTwo })).totals).toEqual({ achieved: 0, inProgress: 0, discontinued: 1 });
      // In September only the plan closed then was in force.
      expect((await report(GOAL_REPORT, { from: '2025-09-01', to: '2025-09-30' })).totals).toEqual({ achieved: 1, inProgress: 0, discontinued: 0 });
    });

    it('counts a plan revised after the period as the version then in force', async () => {
      // In October Ana's first version was in force; her second took effect in November and superseded it.
      expect(await report(GOAL_REPORT, { from: '2025-10-01', to: '2025-10-31' })).toEqual({
        domains: [{ domain: 'HOUSING', achieved: 2, inProgress: 0, discontinued: 0 }],
        totals: { achieved: 2, inProgress: 0, discontinued: 0 },
      });
    });

    it("keeps to the period's edges: in force by its last day, closed no sooner than its first instant", async () => {
      // k1's food plan revised in 2026 (its first version counts), a plan from 12-31, one closed at 10-01 00:00 UTC;
      // a plan from 2026-01-01 and one whose last version closed a second before Q4 are left out.
      expect(await report(GOAL_REPORT, Q4, edges.supervisor.token)).toEqual({
        domains: [
          { domain: 'FOOD', achieved: 0, inProgress: 1, discontinued: 0 },
          { domain: 'HOUSING', achieved: 1, inProgress: 0, discontinued: 0 },
          { domain: 'INCOME', achieved: 1, inProgress: 0, discontinued: 0 },
        ],
        totals: { achieved: 2, inProgress: 1, discontinued: 0 },
      });
    });
  });

  it('refuses bad filters and case managers, and audits each read', async () => {
    expect(codeOf(await t.gql(GOAL_REPORT, { filter: { from: '2025-12-31', to: '2025-10-01' } }, { token: w.supervisor.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(DEADLINE_REPORT, { filter: { ...Q4, programId: w.other.programId } }, { token: w.supervisor.token }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(DEADLINE_REPORT, { filter: { ...Q4, workerId: w.other.worker.id } }, { token: w.supervisor.token }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(DEADLINE_REPORT, { filter: Q4 }, { token: w.caseManager.token }))).toBe('FORBIDDEN');
    expect((await report(GOAL_REPORT, Q4, w.auditor.token)).totals.achieved).toBe(2);
    expect((await reportReads(t, w.auditor.id)).at(-1)).toMatchObject({ report: 'GOALS', client_id: null, changes: { from: { to: Q4.from }, to: { to: Q4.to } } });
  });
});
