import request from 'supertest';
import { tinyPdf } from '../src/seed/tiny-pdf';
import { auditRowsOf, clientOnCaseload, daysFromToday, newClient, ok, staffedAgency, type StaffedAgency, type Worker } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const REQUEST = `id version clientId amountCents purpose payee neededBy status requestedBy { id } decidedBy { id } decidedAt decisionNote
  paidBy { id } paidAt reconciledBy { id } reconciledAt resolution reconciliationNote receiptsCents receipts { id amountCents document { id title ownerType } }`;
const FUND = `query ($clientId: ID!) { clientFund(clientId: $clientId) { clientId balanceCents committedCents availableCents } }`;
const LEDGER = `query ($clientId: ID!, $first: Int, $after: String) {
  clientFundLedger(clientId: $clientId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind amountCents occurredOn source requestId method reference note recordedBy { id } } }
  }
}`;
const REQUESTS = `query ($clientId: ID!) { clientFundRequests(clientId: $clientId) { totalCount edges { node { ${REQUEST} } } } }`;
const ONE = `query ($id: ID!) { fundRequest(id: $id) { ${REQUEST} } }`;
const DEPOSIT = `mutation ($input: RecordFundDepositInput!) { recordFundDeposit(input: $input) { id kind amountCents source occurredOn } }`;
const ASK = `mutation ($input: RequestFundsInput!) { requestFunds(input: $input) { ${REQUEST} } }`;
const APPROVE = `mutation ($input: DecideFundRequestInput!) { approveFundRequest(input: $input) { ${REQUEST} } }`;
const REFUSE = `mutation ($input: DecideFundRequestInput!) { refuseFundRequest(input: $input) { ${REQUEST} } }`;
const CANCEL = `mutation ($input: DecideFundRequestInput!) { cancelFundRequest(input: $input) { ${REQUEST} } }`;
const PAY = `mutation ($input: PayFundRequestInput!) { payFundRequest(input: $input) { ${REQUEST} } }`;
const RECEIPT = `mutation ($input: AttachFundReceiptInput!) { attachFundReceipt(input: $input) { ${REQUEST} } }`;
const RECONCILE = `mutation ($input: ReconcileFundRequestInput!) { reconcileFundRequest(input: $input) { ${REQUEST} } }`;
const REMOVE_DOCUMENT = `mutation ($input: RemoveDocumentInput!) { removeDocument(input: $input) { id version } }`;
const MERGE = `mutation ($input: MergeClientsInput!) { mergeClients(input: $input) { id } }`;
const TIMELINE = `query ($clientId: ID!) { clientTimeline(clientId: $clientId, first: 100) { edges { node { kind sourceId } } } }`;
const DOCUMENTS = `query ($clientId: ID!) { clientDocuments(clientId: $clientId) { totalCount edges { node { id } } } }`;
const DOCUMENT = `query ($id: ID!) { document(id: $id) { id } }`;
const QUEUE = `query ($clientId: ID, $status: TaskStatus) {
  tasks(first: 20, filter: { unassigned: true, kinds: [FUND_APPROVAL], clientId: $clientId, status: $status }) { edges { node { kind subjectType subjectId dueOn status } } }
}`;

const ROLES = {
  caseManager: 'CASE_MANAGER',
  outsider: 'CASE_MANAGER',
  supervisor: 'SUPERVISOR',
  otherSupervisor: 'SUPERVISOR',
  auditor: 'AUDITOR',
  intake: 'INTAKE',
} as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

describe('client funds', () => {
  let t: TestApp;
  let world: StaffedAgency<keyof typeof ROLES>;
  let people: Record<Who, Worker>;

  beforeAll(async () => {
    t = await startTestApp();
    world = await staffedAgency(t, ROLES);
    people = world.people;
  });
  afterAll(() => t.close());

  const as = (who: Who) => world.as(who);
  const newFundClient = async (depositCents = 0) => {
    const clientId = await clientOnCaseload(t, people.admin.token, people.caseManager);
    if (depositCents) await ok(as('admin')(DEPOSIT, { input: { clientId, amountCents: depositCents, source: 'BENEFITS', receivedOn: daysFromToday(-1) } }));
    return clientId;
  };
  const fund = (clientId: string, who: Who = 'caseManager') => ok(as(who)(FUND, { clientId }));
  const ask = (clientId: string, input: Record<string, unknown> = {}, who: Who = 'caseManager') =>
    ok(as(who)(ASK, { input: { clientId, amountCents: 12_000, purpose: 'Winter coat and boots', payee: 'Corner Outfitters', neededBy: daysFromToday(5), ...input } }));
  const ledgerRows = (clientId: string) => t.db.query(`SELECT kind, amount_cents, request_id FROM fund_entry WHERE client_id = $1 ORDER BY recorded_at, id`, [clientId]);
  const requestRow = async (id: string) => (await t.db.query(`SELECT * FROM fund_request WHERE id = $1`, [id]))[0];
  const tasksOf = (requestId: string) =>
    t.db.query(`SELECT kind, status, assignee_id, subject_type, completion_note FROM task WHERE subject_id = $1 ORDER BY created_at`, [requestId]);
  const server = () => t.app.getHttpAdapter().getInstance().server;
  const uploadReceipt = async (clientId: string, requestId: string, who: Who = 'caseManager') => {
    const res = await request(server())
      .post('/documents')
      .set('authorization', `Bearer ${people[who].token}`)
      .field('clientId', clientId)
      .field('documentType', 'RECEIPT')
      .field('title', 'Outfitters receipt')
      .field('documentDate', daysFromToday(0))
      .field('ownerType', 'FUND_REQUEST')
      .field('ownerId', requestId)
      .attach('file', tinyPdf(['Receipt $100.00']), { filename: 'receipt.pdf', contentType: 'application/pdf' });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };

  it('takes a request from asking through approval, payment and receipts to reconciliation, the balance right at each step', async () => {
    const clientId = await newFundClient(50_000);
    expect(await fund(clientId)).toEqual({ clientId, balanceCents: 50_000, committedCents: 0, availableCents: 50_000 });

    const asked = await ask(clientId);
    expect(asked).toMatchObject({ status: 'REQUESTED', amountCents: 12_000, requestedBy: { id: people.caseManager.id }, receipts: [], receiptsCents: 0 });
    expect(await tasksOf(asked.id)).toEqual([{ kind: 'FUND_APPROVAL', status: 'OPEN', assignee_id: null, subject_type: 'FUND_REQUEST', completion_note: null }]);
    const queue = (await as('otherSupervisor')(QUEUE, { clientId })).data?.tasks.edges.map((e: { node: unknown }) => e.node);
    expect(queue).toEqual([{ kind: 'FUND_APPROVAL', subjectType: 'FUND_REQUEST', subjectId: asked.id, dueOn: daysFromToday(5), status: 'OPEN' }]);
    expect(await fund(clientId)).toMatchObject({ balanceCents: 50_000, committedCents: 0 });

    const approved = await ok(as('supervisor')(APPROVE, { input: { requestId: asked.id, version: asked.version, note: 'Needed before the cold snap' } }));
    expect(approved).toMatchObject({ status: 'APPROVED', decidedBy: { id: people.supervisor.id }, decisionNote: 'Needed before the cold snap' });
    expect(await tasksOf(asked.id)).toEqual([expect.objectContaining({ status: 'DONE', completion_note: 'The fund request was approved' })]);
    expect((await as('otherSupervisor')(QUEUE, { clientId })).data?.tasks.edges).toEqual([]);
    expect(await fund(clientId)).toMatchObject({ balanceCents: 50_000, committedCents: 12_000, availableCents: 38_000 });

    const paid = await ok(as('supervisor')(PAY, { input: { requestId: asked.id, version: approved.version, method: 'CHECK', reference: 'Check 1042', paidOn: daysFromToday(0) } }));
    expect(paid).toMatchObject({ status: 'PAID', paidBy: { id: people.supervisor.id } });
    expect(await fund(clientId)).toEqual({ clientId, balanceCents: 38_000, committedCents: 0, availableCents: 38_000 });

    const document = await uploadReceipt(clientId, asked.id);
    const withReceipt = await ok(as('caseManager')(RECEIPT, { input: { requestId: asked.id, version: paid.version, documentId: document.id, amountCents: 10_000 } }));
    expect(withReceipt).toMatchObject({ status: 'PAID', receiptsCents: 10_000, receipts: [{ amountCents: 10_000, document: { id: document.id, title: 'Outfitters receipt', ownerType: 'FUND_REQUEST' } }] });
    const again = await as('caseManager')(RECEIPT, { input: { requestId: asked.id, version: withReceipt.version, documentId: document.id, amountCents: 10_000 } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'documentId', message: 'already attached' }] });

    const unsettled = await as('supervisor')(RECONCILE, { input: { requestId: asked.id, version: withReceipt.version } });
    expect(unsettled.errors?.[0]).toMatchObject({ message: expect.stringContaining('$20.00 short'), extensions: { code: 'BAD_USER_INPUT' } });
    const reconciled = await ok(as('supervisor')(RECONCILE, { input: { requestId: asked.id, version: withReceipt.version, resolution: 'RETURNED', note: 'Change handed back' } }));
    expect(reconciled).toMatchObject({ status: 'RECONCILED', resolution: 'RETURNED', reconciledBy: { id: people.supervisor.id } });
    expect(await fund(clientId)).toEqual({ clientId, balanceCents: 40_000, committedCents: 0, availableCents: 40_000 });

    const ledger = (await as('auditor')(LEDGER, { clientId })).data?.clientFundLedger;
    expect(ledger.totalCount).toBe(3);
    expect(ledger.edges.map((e: { node: { kind: string; amountCents: number } }) => [e.node.kind, e.node.amountCents])).toEqual([
      ['RETURN', 2_000],
      ['DISBURSEMENT', 12_000],
      ['DEPOSIT', 50_000],
    ]);
    expect(ledger.edges[1].node).toMatchObject({ method: 'CHECK', reference: 'Check 1042', requestId: asked.id, recordedBy: { id: people.supervisor.id } });

    const timeline = await t.db.query(`SELECT kind, summary, actor_id FROM client_timeline_entry WHERE source_id = $1 ORDER BY occurred_at, created_at`, [asked.id]);
    expect(timeline).toEqual([
      { kind: 'FUND_REQUEST', summary: 'Fund request for $120.00 made', actor_id: people.caseManager.id },
      { kind: 'FUND_REQUEST', summary: 'Fund request for $120.00 approved', actor_id: people.supervisor.id },
      { kind: 'FUND_REQUEST', summary: 'Fund request paid: $120.00 by check', actor_id: people.supervisor.id },
      { kind: 'FUND_REQUEST', summary: 'Receipt for $100.00 attached to a fund request', actor_id: people.caseManager.id },
      { kind: 'FUND_REQUEST', summary: 'Fund request reconciled: $100.00 in receipts for $120.00 paid, $20.00 returned to the fund', actor_id: people.supervisor.id },
    ]);

    const audit = await auditRowsOf(t, asked.id);
    expect(audit.filter((row: { action: string }) => row.action !== 'READ')).toEqual([
      expect.objectContaining({ action: 'CREATE', entity_type: 'FundRequest', actor_id: people.caseManager.id, client_id: clientId, changes: expect.objectContaining({ amountCents: { to: 12_000 }, purposeLength: { to: 21 } }) }),
      expect.objectContaining({ action: 'UPDATE', actor_id: people.supervisor.id, changes: expect.objectContaining({ status: { from: 'REQUESTED', to: 'APPROVED' } }) }),
      expect.objectContaining({ action: 'UPDATE', changes: expect.objectContaining({ status: { from: 'APPROVED', to: 'PAID' }, method: { to: 'CHECK' } }) }),
      expect.objectContaining({ action: 'UPDATE', actor_id: people.caseManager.id, changes: { receiptCents: { to: 10_000 } } }),
      expect.objectContaining({ action: 'UPDATE', changes: expect.objectContaining({ status: { from: 'PAID', to: 'RECONCILED' }, receiptsCents: { to: 10_000 }, differenceCents: { to: 2_000 } }) }),
    ]);
    const entryAudit = await t.db.query(`SELECT action, actor_id, changes FROM audit_event WHERE entity_type = 'FundEntry' AND client_id = $1 ORDER BY id`, [clientId]);
    expect(entryAudit.filter((row: { action: string }) => row.action === 'CREATE').map((row: { changes: { kind: { to: string } } }) => row.changes.kind.to)).toEqual(['DEPOSIT', 'DISBURSEMENT', 'RETURN']);
    expect(entryAudit).toContainEqual(expect.objectContaining({ action: 'READ', actor_id: people.auditor.id }));
    const receiptAudit = await t.db.query(`SELECT action, actor_id FROM audit_event WHERE entity_type = 'FundReceipt' AND client_id = $1`, [clientId]);
    expect(receiptAudit).toEqual([{ action: 'CREATE', actor_id: people.caseManager.id }]);
    expect(await t.db.query(`SELECT action FROM audit_event WHERE entity_type = 'ClientFund' AND entity_id = $1 AND actor_id = $2`, [clientId, people.caseManager.id])).toContainEqual({
      action: 'READ',
    });

    expect((await as('auditor')(REQUESTS, { clientId })).data?.clientFundRequests).toMatchObject({ totalCount: 1, edges: [{ node: { id: asked.id, status: 'RECONCILED', receiptsCents: 10_000 } }] });
    expect(await auditRowsOf(t, asked.id)).toContainEqual(expect.objectContaining({ action: 'READ', actor_id: people.auditor.id, entity_type: 'FundRequest' }));
    expect(await auditRowsOf(t, document.id)).toContainEqual(expect.objectContaining({ action: 'READ', actor_id: people.auditor.id, entity_type: 'Document' }));
  });

  it('refuses self-approval, an approval the fund cannot cover, and leaves nothing changed', async () => {
    const clientId = await newFundClient(10_000);
    const own = await ask(clientId, { amountCents: 2_000 }, 'supervisor');
    const self = await as('supervisor')(APPROVE, { input: { requestId: own.id, version: own.version } });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_APPROVAL' });
    expect(await requestRow(own.id)).toMatchObject({ status: 'REQUESTED', version: 1, decided_by: null });
    expect(await ok(as('otherSupervisor')(APPROVE, { input: { requestId: own.id, version: own.version } }))).toMatchObject({ status: 'APPROVED' });

    const big = await ask(clientId, { amountCents: 9_000 });
    const short = await as('supervisor')(APPROVE, { input: { requestId: big.id, version: big.version } });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INSUFFICIENT_FUNDS', balanceCents: 10_000, availableCents: 8_000 });
    expect(await requestRow(big.id)).toMatchObject({ status: 'REQUESTED', version: 1 });
    expect(await tasksOf(big.id)).toEqual([expect.objectContaining({ status: 'OPEN' })]);

    const refusedWithoutNote = await as('supervisor')(REFUSE, { input: { requestId: big.id, version: big.version } });
    expect(refusedWithoutNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note', message: 'required' }] });
    const refused = await ok(as('supervisor')(REFUSE, { input: { requestId: big.id, version: big.version, note: 'The fund is held for rent' } }));
    expect(refused).toMatchObject({ status: 'REFUSED', decisionNote: 'The fund is held for rent' });
    expect(await tasksOf(big.id)).toEqual([expect.objectContaining({ status: 'DONE', completion_note: 'The fund request was refused' })]);

    const late = await as('otherSupervisor')(APPROVE, { input: { requestId: big.id, version: refused.version } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
  });

  it('pays a request once, never an unapproved one, and refuses stale versions', async () => {
    const clientId = await newFundClient(30_000);
    const asked = await ask(clientId, { amountCents: 5_000 });
    const payInput = (version: number) => ({ input: { requestId: asked.id, version, method: 'CASH', paidOn: daysFromToday(0) } });
    const unapproved = await as('supervisor')(PAY, payInput(asked.version));
    expect(unapproved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
    const stale = await as('supervisor')(APPROVE, { input: { requestId: asked.id, version: asked.version + 1 } });
    expect(codeOf(stale)).toBe('CONFLICT');

    const approved = await ok(as('supervisor')(APPROVE, { input: { requestId: asked.id, version: asked.version } }));
    expect(codeOf(await as('supervisor')(PAY, payInput(asked.version)))).toBe('CONFLICT');
    const future = await as('supervisor')(PAY, { input: { requestId: asked.id, version: approved.version, method: 'CASH', paidOn: daysFromToday(3) } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'paidOn', message: 'is in the future' }] });
    const paid = await ok(as('admin')(PAY, payInput(approved.version)));
    expect(paid.status).toBe('PAID');
    for (const version of [approved.version, paid.version]) {
      const twice = await as('supervisor')(PAY, payInput(version));
      expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
    }
    expect((await ledgerRows(clientId)).filter((row: { kind: string }) => row.kind === 'DISBURSEMENT')).toEqual([{ kind: 'DISBURSEMENT', amount_cents: 5_000, request_id: asked.id }]);
    expect(await fund(clientId)).toMatchObject({ balanceCents: 25_000 });

    const cancelPaid = await as('caseManager')(CANCEL, { input: { requestId: asked.id, version: paid.version, note: 'Not needed' } });
    expect(cancelPaid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
    const receiptOnWaiting = await ask(clientId, { amountCents: 100 });
    const early = await as('supervisor')(RECONCILE, { input: { requestId: receiptOnWaiting.id, version: 1 } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
  });

  it('reconciles receipts above the payment only with an explanation, and exact receipts with none', async () => {
    const clientId = await newFundClient(20_000);
    const pay = async (amountCents: number) => {
      const asked = await ask(clientId, { amountCents });
      const approved = await ok(as('supervisor')(APPROVE, { input: { requestId: asked.id, version: asked.version } }));
      return ok(as('supervisor')(PAY, { input: { requestId: asked.id, version: approved.version, method: 'CARD', paidOn: daysFromToday(0) } }));
    };
    const over = await pay(3_000);
    const overDoc = await uploadReceipt(clientId, over.id);
    const withReceipt = await ok(as('caseManager')(RECEIPT, { input: { requestId: over.id, version: over.version, documentId: overDoc.id, amountCents: 3_250 } }));
    const returned = await as('supervisor')(RECONCILE, { input: { requestId: over.id, version: withReceipt.version, resolution: 'RETURNED' } });
    expect(returned.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'resolution' }] });
    const unexplained = await as('supervisor')(RECONCILE, { input: { requestId: over.id, version: withReceipt.version, resolution: 'EXPLAINED' } });
    expect(unexplained.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note', message: 'required' }] });
    const explained = await ok(as('admin')(RECONCILE, { input: { requestId: over.id, version: withReceipt.version, resolution: 'EXPLAINED', note: 'Client paid the tax from pocket money' } }));
    expect(explained).toMatchObject({ status: 'RECONCILED', resolution: 'EXPLAINED', reconciliationNote: 'Client paid the tax from pocket money' });

    const exact = await pay(1_500);
    const exactDoc = await uploadReceipt(clientId, exact.id);
    const exactReceipt = await ok(as('supervisor')(RECEIPT, { input: { requestId: exact.id, version: exact.version, documentId: exactDoc.id, amountCents: 1_500 } }));
    const needless = await as('supervisor')(RECONCILE, { input: { requestId: exact.id, version: exactReceipt.version, resolution: 'EXPLAINED', note: 'x' } });
    expect(codeOf(needless)).toBe('BAD_USER_INPUT');
    expect(await ok(as('supervisor')(RECONCILE, { input: { requestId: exact.id, version: exactReceipt.version } }))).toMatchObject({ status: 'RECONCILED', resolution: null });
    expect(await fund(clientId)).toMatchObject({ balanceCents: 20_000 - 3_000 - 1_500 });

    const closed = await as('caseManager')(RECEIPT, { input: { requestId: exact.id, version: exactReceipt.version + 1, documentId: overDoc.id, amountCents: 100 } });
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
  });

  it('lets whoever asked cancel a waiting request, which cancels its task', async () => {
    const clientId = await newFundClient(1_000);
    const asked = await ask(clientId, { amountCents: 500 });
    const other = await as('otherSupervisor')(CANCEL, { input: { requestId: asked.id, version: asked.version } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note', message: 'required' }] });
    const cancelled = await ok(as('caseManager')(CANCEL, { input: { requestId: asked.id, version: asked.version, note: 'Family bought the coat' } }));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', decidedBy: { id: people.caseManager.id } });
    expect(await tasksOf(asked.id)).toEqual([expect.objectContaining({ status: 'CANCELLED', completion_note: 'The fund request was cancelled' })]);
  });

  it('lets a supervisor withdraw an approved, unpaid request with a reason, which frees the money it held', async () => {
    const clientId = await newFundClient(10_000);
    const asked = await ask(clientId, { amountCents: 6_000 });
    const approved = await ok(as('supervisor')(APPROVE, { input: { requestId: asked.id, version: asked.version } }));
    expect(await fund(clientId)).toMatchObject({ committedCents: 6_000, availableCents: 4_000 });

    const byRequester = await as('caseManager')(CANCEL, { input: { requestId: asked.id, version: approved.version, note: 'Not needed' } });
    expect(byRequester.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
    const noReason = await as('otherSupervisor')(CANCEL, { input: { requestId: asked.id, version: approved.version } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note', message: 'required' }] });
    expect(await requestRow(asked.id)).toMatchObject({ status: 'APPROVED', version: approved.version });

    const withdrawn = await ok(as('otherSupervisor')(CANCEL, { input: { requestId: asked.id, version: approved.version, note: 'The store closed' } }));
    expect(withdrawn).toMatchObject({ status: 'CANCELLED', decidedBy: { id: people.otherSupervisor.id }, decisionNote: 'The store closed' });
    expect(await fund(clientId)).toEqual({ clientId, balanceCents: 10_000, committedCents: 0, availableCents: 10_000 });
    expect(await tasksOf(asked.id)).toEqual([expect.objectContaining({ status: 'DONE', completion_note: 'The fund request was approved' })]);
    const late = await as('supervisor')(PAY, { input: { requestId: asked.id, version: withdrawn.version, method: 'CASH', paidOn: daysFromToday(0) } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' });
    expect(await auditRowsOf(t, asked.id)).toContainEqual(
      expect.objectContaining({ action: 'UPDATE', actor_id: people.otherSupervisor.id, changes: expect.objectContaining({ status: { from: 'APPROVED', to: 'CANCELLED' } }) }),
    );
  });

  it('keeps whoever asked from paying or reconciling their own request, in the API and in the database', async () => {
    const clientId = await newFundClient(10_000);
    const own = await ask(clientId, { amountCents: 2_000 }, 'supervisor');
    const approved = await ok(as('otherSupervisor')(APPROVE, { input: { requestId: own.id, version: own.version } }));
    const payInput = { input: { requestId: own.id, version: approved.version, method: 'CASH', paidOn: daysFromToday(0) } };
    const selfPay = await as('supervisor')(PAY, payInput);
    expect(selfPay.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_APPROVAL' });
    expect(await requestRow(own.id)).toMatchObject({ status: 'APPROVED', paid_by: null });
    expect(await ledgerRows(clientId)).toHaveLength(1);

    const paid = await ok(as('admin')(PAY, payInput));
    const document = await uploadReceipt(clientId, own.id, 'supervisor');
    const withReceipt = await ok(as('supervisor')(RECEIPT, { input: { requestId: own.id, version: paid.version, documentId: document.id, amountCents: 2_000 } }));
    const selfReconcile = await as('supervisor')(RECONCILE, { input: { requestId: own.id, version: withReceipt.version } });
    expect(selfReconcile.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_APPROVAL' });
    expect(await requestRow(own.id)).toMatchObject({ status: 'PAID', reconciled_by: null });
    expect(await ok(as('otherSupervisor')(RECONCILE, { input: { requestId: own.id, version: withReceipt.version } }))).toMatchObject({ status: 'RECONCILED' });

    await expect(t.db.query(`UPDATE fund_request SET paid_by = requested_by WHERE id = $1`, [own.id])).rejects.toMatchObject({ code: '23514' });
    await expect(t.db.query(`UPDATE fund_request SET reconciled_by = requested_by WHERE id = $1`, [own.id])).rejects.toMatchObject({ code: '23514' });
  });

  it('stops counting a receipt whose document was removed, and keeps the receipts of a reconciled request', async () => {
    const clientId = await newFundClient(10_000);
    const asked = await ask(clientId, { amountCents: 3_000 });
    const approved = await ok(as('supervisor')(APPROVE, { input: { requestId: asked.id, version: asked.version } }));
    const paid = await ok(as('supervisor')(PAY, { input: { requestId: asked.id, version: approved.version, method: 'CASH', paidOn: daysFromToday(0) } }));
    const kept = await uploadReceipt(clientId, asked.id);
    const wrong = await uploadReceipt(clientId, asked.id);
    const first = await ok(as('caseManager')(RECEIPT, { input: { requestId: asked.id, version: paid.version, documentId: kept.id, amountCents: 1_000 } }));
    const both = await ok(as('caseManager')(RECEIPT, { input: { requestId: asked.id, version: first.version, documentId: wrong.id, amountCents: 2_000 } }));
    expect(both.receiptsCents).toBe(3_000);

    const wrongVersion = (await t.db.query(`SELECT version FROM document WHERE id = $1`, [wrong.id]))[0].version;
    await ok(as('caseManager')(REMOVE_DOCUMENT, { input: { documentId: wrong.id, version: wrongVersion, reason: 'Another client’s receipt' } }));
    const after = await ok(as('supervisor')(ONE, { id: asked.id }));
    expect(after).toMatchObject({ receiptsCents: 1_000, receipts: [{ amountCents: 1_000, document: { id: kept.id } }] });
    const unsettled = await as('supervisor')(RECONCILE, { input: { requestId: asked.id, version: after.version } });
    expect(unsettled.errors?.[0].message).toContain('$20.00 short');
    const reconciled = await ok(as('supervisor')(RECONCILE, { input: { requestId: asked.id, version: after.version, resolution: 'RETURNED', note: 'Change back' } }));
    expect(reconciled).toMatchObject({ status: 'RECONCILED', receiptsCents: 1_000 });
    expect(await fund(clientId)).toMatchObject({ balanceCents: 10_000 - 3_000 + 2_000 });

    const keptVersion = (await t.db.query(`SELECT version FROM document WHERE id = $1`, [kept.id]))[0].version;
    const settled = await as('caseManager')(REMOVE_DOCUMENT, { input: { documentId: kept.id, version: keptVersion, reason: 'Tidying up' } });
    expect(settled.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });
    expect(await t.db.query(`SELECT removed_at FROM document WHERE id = $1`, [kept.id])).toEqual([{ removed_at: null }]);
  });

  it('moves the fund with a merged duplicate: its ledger and requests count on the record that lives on', async () => {
    const deposited = async (cents: number) => {
      const clientId = await newClient(t, people.admin.token);
      await ok(as('admin')(DEPOSIT, { input: { clientId, amountCents: cents, source: 'FAMILY', receivedOn: daysFromToday(0) } }));
      return clientId;
    };
    const source = await deposited(5_000);
    const target = await deposited(2_000);
    const asked = await ask(source, { amountCents: 1_000 }, 'otherSupervisor');
    const approved = await ok(as('supervisor')(APPROVE, { input: { requestId: asked.id, version: asked.version } }));
    const version = async (id: string) => (await t.db.query(`SELECT version FROM client WHERE id = $1`, [id]))[0].version;
    await ok(as('supervisor')(MERGE, { input: { sourceClientId: source, sourceVersion: await version(source), targetClientId: target, targetVersion: await version(target), reason: 'Same person' } }));

    expect(await fund(target, 'supervisor')).toEqual({ clientId: target, balanceCents: 7_000, committedCents: 1_000, availableCents: 6_000 });
    expect((await ok(as('supervisor')(REQUESTS, { clientId: target }))).edges.map((e: { node: { id: string; clientId: string } }) => [e.node.id, e.node.clientId])).toEqual([[asked.id, target]]);
    expect(await t.db.query(`SELECT count(*)::int AS count FROM fund_entry WHERE client_id = $1`, [source])).toEqual([{ count: 0 }]);
    const paid = await ok(as('supervisor')(PAY, { input: { requestId: asked.id, version: approved.version, method: 'CASH', paidOn: daysFromToday(0) } }));
    expect(paid.clientId).toBe(target);
    expect(await fund(target, 'supervisor')).toMatchObject({ balanceCents: 6_000, committedCents: 0 });
  });

  it('shows nothing of the fund to intake staff: no request on the timeline, no receipt among the documents', async () => {
    const clientId = await newClient(t, people.admin.token);
    const asked = await ask(clientId, { amountCents: 500 }, 'supervisor');
    const receipt = await uploadReceipt(clientId, asked.id, 'admin');
    const seen = async (who: Who) => {
      const timeline = (await ok(as(who)(TIMELINE, { clientId }))).edges.map((e: { node: { kind: string; sourceId: string } }) => e.node);
      const documents = (await ok(as(who)(DOCUMENTS, { clientId }))).edges.map((e: { node: { id: string } }) => e.node.id);
      return {
        fundLines: timeline.filter((entry: { kind: string }) => entry.kind === 'FUND_REQUEST').length,
        receiptLines: timeline.filter((entry: { sourceId: string }) => entry.sourceId === receipt.id).length,
        receiptListed: documents.includes(receipt.id),
        receiptShown: codeOf(await as(who)(DOCUMENT, { id: receipt.id })) ?? 'OK',
      };
    };
    expect(await seen('supervisor')).toEqual({ fundLines: 1, receiptLines: 1, receiptListed: true, receiptShown: 'OK' });
    expect(await seen('intake')).toEqual({ fundLines: 0, receiptLines: 0, receiptListed: false, receiptShown: 'NOT_FOUND' });
  });

  it('refuses bad input and changes nothing', async () => {
    const clientId = await newFundClient(1_000);
    const count = async () => Number((await t.db.query(`SELECT count(*) FROM fund_request WHERE client_id = $1`, [clientId]))[0].count);
    const base = { clientId, amountCents: 100, purpose: 'Bus pass', payee: 'Transit', neededBy: daysFromToday(1) };
    const cases: Record<string, unknown>[] = [
      { amountCents: 0 },
      { amountCents: -500 },
      { amountCents: 5_000_001 },
      { amountCents: 12.5 },
      { purpose: 'x'.repeat(501) },
      { payee: 'x'.repeat(201) },
      { purpose: '   ' },
      { neededBy: '2026-02-30' },
      { neededBy: daysFromToday(-1) },
      { clientId: 'not-a-uuid' },
    ];
    for (const bad of cases) expect([bad, codeOf(await as('caseManager')(ASK, { input: { ...base, ...bad } }))]).toEqual([bad, 'BAD_USER_INPUT']);
    expect(codeOf(await as('caseManager')(ASK, { input: { ...base, amountCents: '100' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('caseManager')(ASK, { input: { ...base, clientId: '00000000-0000-4000-8000-000000000000' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('admin')(DEPOSIT, { input: { clientId, amountCents: 0, source: 'FAMILY', receivedOn: daysFromToday(0) } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin')(DEPOSIT, { input: { clientId, amountCents: 100, source: 'LOTTERY', receivedOn: daysFromToday(0) } }))).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(0);
    expect(await fund(clientId)).toMatchObject({ balanceCents: 1_000 });
  });

  it('keeps each role to its part and another agency out', async () => {
    const clientId = await newFundClient(5_000);
    const asked = await ask(clientId, { amountCents: 1_000 });
    const decide = { input: { requestId: asked.id, version: asked.version, note: 'n' } };
    for (const [who, operation, variables] of [
      ['caseManager', APPROVE, decide],
      ['caseManager', REFUSE, decide],
      ['caseManager', PAY, { input: { requestId: asked.id, version: 1, method: 'CASH', paidOn: daysFromToday(0) } }],
      ['caseManager', RECONCILE, { input: { requestId: asked.id, version: 1 } }],
      ['caseManager', DEPOSIT, { input: { clientId, amountCents: 100, source: 'FAMILY', receivedOn: daysFromToday(0) } }],
      ['auditor', ASK, { input: { clientId, amountCents: 100, purpose: 'p', payee: 'q', neededBy: daysFromToday(1) } }],
      ['auditor', APPROVE, decide],
      ['intake', FUND, { clientId }],
      ['intake', LEDGER, { clientId }],
      ['intake', REQUESTS, { clientId }],
      ['intake', ASK, { input: { clientId, amountCents: 100, purpose: 'p', payee: 'q', neededBy: daysFromToday(1) } }],
      ['outsider', ASK, { input: { clientId, amountCents: 100, purpose: 'p', payee: 'q', neededBy: daysFromToday(1) } }],
      ['outsider', RECEIPT, { input: { requestId: asked.id, version: 1, documentId: asked.id, amountCents: 100 } }],
    ] as const) {
      expect([who, operation.slice(0, 40), codeOf(await as(who)(operation, variables))]).toEqual([who, operation.slice(0, 40), 'FORBIDDEN']);
    }
    for (const [operation, variables] of [
      [FUND, { clientId }],
      [LEDGER, { clientId }],
      [ONE, { id: asked.id }],
      [ASK, { input: { clientId, amountCents: 100, purpose: 'p', payee: 'q', neededBy: daysFromToday(1) } }],
      [APPROVE, decide],
      [PAY, { input: { requestId: asked.id, version: 1, method: 'CASH', paidOn: daysFromToday(0) } }],
      [DEPOSIT, { input: { clientId, amountCents: 100, source: 'FAMILY', receivedOn: daysFromToday(0) } }],
    ] as const) {
      expect(codeOf(await as('stranger')(operation, variables))).toBe('NOT_FOUND');
    }
    expect(codeOf(await as('supervisor')(ONE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(await requestRow(asked.id)).toMatchObject({ status: 'REQUESTED', version: 1 });
    expect(await fund(clientId, 'auditor')).toMatchObject({ balanceCents: 5_000 });
    expect(await ok(as('auditor')(ONE, { id: asked.id }))).toMatchObject({ id: asked.id, status: 'REQUESTED' });
  });
});
