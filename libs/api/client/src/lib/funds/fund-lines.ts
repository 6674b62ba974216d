import type { FundPaymentMethod } from '@waymark/shared/types';

/** Dollars as the timeline writes them: $1,234.50. */
export const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const METHOD_WORDS: Record<FundPaymentMethod, string> = { CHECK: 'check', CASH: 'cash', CARD: 'card', TRANSFER: 'transfer' };

/** The client's timeline lines for a fund request's steps; the purpose and payee stay on the request. */
export const fundTimelineLine = {
  requested: (cents: number) => `Fund request for ${dollars(cents)} made`,
  approved: (cents: number) => `Fund request for ${dollars(cents)} approved`,
  refused: (cents: number) => `Fund request for ${dollars(cents)} refused`,
  cancelled: (cents: number) => `Fund request for ${dollars(cents)} cancelled`,
  paid: (cents: number, method: FundPaymentMethod) => `Fund request paid: ${dollars(cents)} by ${METHOD_WORDS[method]}`,
  receipt: (cents: number) => `Receipt for ${dollars(cents)} attached to a fund request`,
  reconciled: (paidCents: number, receiptsCents: number, returnedCents: number) =>
    `Fund request reconciled: ${dollars(receiptsCents)} in receipts for ${dollars(paidCents)} paid${returnedCents ? `, ${dollars(returnedCents)} returned to the fund` : ''}`,
};
