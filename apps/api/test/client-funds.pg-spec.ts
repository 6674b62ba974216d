import { clientOnCaseload, daysFromToday, ok, staffedAgency } from './support/client-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const DEPOSIT = `mutation ($input: RecordFundDepositInput!) { recordFundDeposit(input: $input) { id } }`;
const ASK = `mutation ($input: RequestFundsInput!) { requestFunds(input: $input) { id version } }`;
const APPROVE = `mutation ($input: DecideFundRequestInput!) { approveFundRequest(input: $input) { id version } }`;
const PAY = `mutation ($input: PayFundRequestInput!) { payFundRequest(input: $input) { id status } }`;

/** Runs only on PostgreSQL: two payments must really run at once, on two connections. */
describe('a fund request paid twice at the same moment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('leaves one ledger line; the other payment is refused, however the race falls', async () => {
    const { people, as } = await staffedAgency(t, { first: 'SUPERVISOR', second: 'SUPERVISOR', worker: 'CASE_MANAGER' });
    const clientId = await clientOnCaseload(t, people.admin.token, people.worker);
    await ok(as('admin')(DEPOSIT, { input: { clientId, amountCents: 100_000, source: 'BENEFITS', receivedOn: daysFromToday(0) } }));
    for (let round = 0; round < 6; round++) {
      const asked = await ok(as('worker')(ASK, { input: { clientId, amountCents: 1_000, purpose: `Round ${round}`, payee: 'Pharmacy', neededBy: daysFromToday(3) } }));
      const approved = await ok(as('first')(APPROVE, { input: { requestId: asked.id, version: asked.version } }));
      const pay = (who: 'first' | 'second') => as(who)(PAY, { input: { requestId: asked.id, version: approved.version, method: 'CHECK', paidOn: daysFromToday(0) } });
      const [a, b] = await Promise.all([pay('first'), pay('second')]);
      const paid = [a, b].filter((res) => res.data?.payFundRequest);
      const refused = [a, b].filter((res) => res.errors);
      expect([paid.length, refused.length]).toEqual([1, 1]);
      expect(refused[0].errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
      const lines = await t.db.query(`SELECT count(*)::int AS count FROM fund_entry WHERE request_id = $1 AND kind = 'DISBURSEMENT'`, [asked.id]);
      expect(lines).toEqual([{ count: 1 }]);
    }
    const [{ balance }] = await t.db.query(
      `SELECT sum(CASE WHEN kind = 'DISBURSEMENT' THEN -amount_cents ELSE amount_cents END)::int AS balance FROM fund_entry WHERE client_id = $1`,
      [clientId],
    );
    expect(balance).toBe(100_000 - 6 * 1_000);

    const [paid] = await t.db.query(`SELECT request_id FROM fund_entry WHERE client_id = $1 AND kind = 'DISBURSEMENT' LIMIT 1`, [clientId]);
    const second = t.db.query(
      `INSERT INTO fund_entry (agency_id, client_id, kind, amount_cents, occurred_on, request_id, method, recorded_by)
       SELECT agency_id, client_id, kind, amount_cents, occurred_on, request_id, method, recorded_by FROM fund_entry WHERE request_id = $1 AND kind = 'DISBURSEMENT'`,
      [paid.request_id],
    );
    await expect(second).rejects.toMatchObject({ code: '23505' });
  });
});

/** Runs only on PostgreSQL: the fund's lock must make two approvals at once see each other. */
describe('two requests approved at the same moment from a fund that covers only one', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('approves exactly one; the other is refused as INSUFFICIENT_FUNDS, however the race falls', async () => {
    const { people, as } = await staffedAgency(t, { first: 'SUPERVISOR', second: 'SUPERVISOR', worker: 'CASE_MANAGER' });
    for (let round = 0; round < 6; round++) {
      const clientId = await clientOnCaseload(t, people.admin.token, people.worker);
      await ok(as('admin')(DEPOSIT, { input: { clientId, amountCents: 10_000, source: 'BENEFITS', receivedOn: daysFromToday(0) } }));
      const ask = (purpose: string) => ok(as('worker')(ASK, { input: { clientId, amountCents: 6_000, purpose, payee: 'Pharmacy', neededBy: daysFromToday(3) } }));
      const [a, b] = [await ask('Shoes'), await ask('Glasses')];
      const results = await Promise.all([
        as('first')(APPROVE, { input: { requestId: a.id, version: a.version } }),
        as('second')(APPROVE, { input: { requestId: b.id, version: b.version } }),
      ]);
      expect(results.filter((res) => res.data?.approveFundRequest)).toHaveLength(1);
      const refused = results.filter((res) => res.errors);
      expect(refused.map((res) => res.errors?.[0].extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INSUFFICIENT_FUNDS', balanceCents: 10_000, availableCents: 4_000 })]);
      const approved = await t.db.query(`SELECT count(*)::int AS count FROM fund_request WHERE client_id = $1 AND status = 'APPROVED'`, [clientId]);
      expect(approved).toEqual([{ count: 1 }]);
    }
  });
});
