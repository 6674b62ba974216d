const ID = '00000000-0000-0000-0000-000000000000';

/** One unauthenticated call per client-fund operation, for the policy spec. */
export const probes: Record<string, string> = {
  clientFund: `{ clientFund(clientId: "${ID}") { balanceCents } }`,
  clientFundLedger: `{ clientFundLedger(clientId: "${ID}") { totalCount } }`,
  clientFundRequests: `{ clientFundRequests(clientId: "${ID}") { totalCount } }`,
  fundRequest: `{ fundRequest(id: "${ID}") { id } }`,
  recordFundDeposit: `mutation { recordFundDeposit(input: { clientId: "${ID}", amountCents: 100, source: BENEFITS, receivedOn: "2026-01-01" }) { id } }`,
  requestFunds: `mutation { requestFunds(input: { clientId: "${ID}", amountCents: 100, purpose: "p", payee: "q", neededBy: "2030-01-01" }) { id } }`,
  approveFundRequest: `mutation { approveFundRequest(input: { requestId: "${ID}", version: 1 }) { id } }`,
  refuseFundRequest: `mutation { refuseFundRequest(input: { requestId: "${ID}", version: 1, note: "n" }) { id } }`,
  cancelFundRequest: `mutation { cancelFundRequest(input: { requestId: "${ID}", version: 1, note: "n" }) { id } }`,
  payFundRequest: `mutation { payFundRequest(input: { requestId: "${ID}", version: 1, method: CHECK, paidOn: "2026-01-01" }) { id } }`,
  attachFundReceipt: `mutation { attachFundReceipt(input: { requestId: "${ID}", version: 1, documentId: "${ID}", amountCents: 100 }) { id } }`,
  reconcileFundRequest: `mutation { reconcileFundRequest(input: { requestId: "${ID}", version: 1 }) { id } }`,
};
