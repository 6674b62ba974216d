import {
  canChangeFundRequestStatus,
  FUND_REQUEST_STATUSES,
  fundDifference,
  FundDifferenceResolution,
  fundEntryEffect,
  FundEntryKind,
  FundRequestStatus,
  fundResolutionFits,
  fundStepBarredToRequester,
} from './client-fund';

describe('client fund rules', () => {
  it('moves a request only forward: decided once, withdrawn until paid, paid once after approval, reconciled once after payment', () => {
    const allowed = FUND_REQUEST_STATUSES.flatMap((from) => FUND_REQUEST_STATUSES.filter((to) => canChangeFundRequestStatus(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['REQUESTED→APPROVED', 'REQUESTED→REFUSED', 'REQUESTED→CANCELLED', 'APPROVED→CANCELLED', 'APPROVED→PAID', 'PAID→RECONCILED']);
    expect(canChangeFundRequestStatus(FundRequestStatus.PAID, FundRequestStatus.PAID)).toBe(false);
    expect(canChangeFundRequestStatus(FundRequestStatus.REQUESTED, FundRequestStatus.PAID)).toBe(false);
  });

  it('keeps whoever asked out of every step but withdrawing', () => {
    expect(FUND_REQUEST_STATUSES.filter((to) => fundStepBarredToRequester(to))).toEqual(['APPROVED', 'REFUSED', 'PAID', 'RECONCILED']);
  });

  it('lowers the balance by disbursements only', () => {
    expect([FundEntryKind.DEPOSIT, FundEntryKind.DISBURSEMENT, FundEntryKind.RETURN].map((kind) => fundEntryEffect(kind, 1_250))).toEqual([1_250, -1_250, 1_250]);
  });

  it('settles a shortfall by returning or explaining it, receipts above the payment only by explaining, and a match by nothing', () => {
    const { RETURNED, EXPLAINED } = FundDifferenceResolution;
    expect(fundDifference(4_500, 4_250)).toBe(250);
    expect([null, RETURNED, EXPLAINED].map((resolution) => fundResolutionFits(250, resolution))).toEqual([false, true, true]);
    expect([null, RETURNED, EXPLAINED].map((resolution) => fundResolutionFits(-250, resolution))).toEqual([false, false, true]);
    expect([null, RETURNED, EXPLAINED].map((resolution) => fundResolutionFits(0, resolution))).toEqual([true, false, false]);
  });
});
