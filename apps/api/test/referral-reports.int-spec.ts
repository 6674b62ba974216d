import { codeOf } from './support/factories';
import { edgeWorld, type EdgeWorld, Q4, readReport, REFERRAL_REPORT, reportReads, reportWorld, type ReportWorld } from './support/report-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const NONE = { sent: 0, open: 0, completed: 0, needMet: 0, partlyMet: 0, notMet: 0, declined: 0, cancelled: 0, expired: 0, medianDaysToService: null, averageDaysToService: null };

describe('referral report: by category, outcome and time to service', () => {
  let t: TestApp;
  let w: ReportWorld;
  let edges: EdgeWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await reportWorld(t);
    edges = await edgeWorld(t);
  }, 120_000);
  afterAll(() => t.close());

  const report = (filter: Record<string, unknown>, token = w.supervisor.token) => readReport(t, REFERRAL_REPORT, filter, token);

  it('counts the referrals sent in the period under each need they name, with the median and average days to service', async () => {
    expect(await report(Q4)).toEqual({
      categories: [
        // Food: housing-and-food completed in 4 days, one declined, Ben's expired.
        { ...NONE, category: 'FOOD', sent: 3, completed: 1, notMet: 1, declined: 1, expired: 1, medianDaysToService: 4, averageDaysToService: 4 },
        // Housing: completed in 10, 20 and 4 days.
        { ...NONE, category: 'HOUSING', sent: 3, completed: 3, needMet: 1, partlyMet: 1, notMet: 1, medianDaysToService: 10, averageDaysToService: 11.3 },
        { ...NONE, category: null, sent: 1, open: 1 },
      ],
      // Each referral once: the housing-and-food one is not counted twice.
      totals: { ...NONE, sent: 6, open: 1, completed: 3, needMet: 1, partlyMet: 1, notMet: 1, declined: 1, expired: 1, medianDaysToService: 10, averageDaysToService: 11.3 },
    });
  });

  it('narrows to the sender, the program and the period', async () => {
    expect((await report({ ...Q4, workerId: w.ben.id })).totals).toEqual({ ...NONE, sent: 1, expired: 1 });
    expect((await report({ ...Q4, programId: w.programOne })).totals).toMatchObject({ sent: 5, expired: 0 });
    const october = await report({ from: '2025-10-01', to: '2025-10-31' });
    expect(october.totals).toMatchObject({ sent: 2, completed: 2, medianDaysToService: 15, averageDaysToService: 15 });
    expect(october.categories.map((row: { category: string }) => row.category)).toEqual(['HOUSING']);
  });

  it("counts referrals sent at the period's first and last UTC instants, and days to service up to the appointment kept", async () => {
    expect((await report(Q4, edges.supervisor.token)).totals).toEqual({
      ...NONE,
      sent: 2,
      open: 1,
      completed: 1,
      needMet: 1,
      // Served at the appointment two days after sending, though closed ten days after.
      medianDaysToService: 2,
      averageDaysToService: 2,
    });
  });

  it('answers an empty period with zeros and no days', async () => {
    expect(await report({ from: '2024-01-01', to: '2024-03-31' })).toEqual({ categories: [], totals: NONE });
  });

  it('refuses bad filters and case managers, and audits each read', async () => {
    expect(codeOf(await t.gql(REFERRAL_REPORT, { filter: { from: '2022-01-01', to: '2025-12-31' } }, { token: w.supervisor.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(REFERRAL_REPORT, { filter: { ...Q4, programId: w.other.programId } }, { token: w.admin.token }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(REFERRAL_REPORT, { filter: Q4 }, { token: w.ana.token }))).toBe('FORBIDDEN');
    await report({ ...Q4, programId: w.programTwo }, w.auditor.token);
    expect((await reportReads(t, w.auditor.id)).at(-1)).toEqual({
      report: 'REFERRALS',
      client_id: null,
      changes: { from: { to: Q4.from }, to: { to: Q4.to }, programId: { to: w.programTwo }, workerId: { to: null } },
    });
  });
});
