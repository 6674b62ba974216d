import { Role } from '../role';

/**
 * A trust-fund request's life: a case worker asks, a supervisor approves or refuses (or the
 * requester cancels while it waits, or a supervisor withdraws it once approved, before it is
 * paid, so its money is no longer held), the money is paid out once, and the receipts
 * reconcile it. Never rename a value.
 */
export const FundRequestStatus = {
  REQUESTED: 'REQUESTED',
  APPROVED: 'APPROVED',
  REFUSED: 'REFUSED',
  CANCELLED: 'CANCELLED',
  PAID: 'PAID',
  RECONCILED: 'RECONCILED',
} as const;
export type FundRequestStatus = (typeof FundRequestStatus)[keyof typeof FundRequestStatus];
export const FUND_REQUEST_STATUSES = Object.values(FundRequestStatus);

export const FUND_REQUEST_TRANSITIONS: Readonly<Record<FundRequestStatus, readonly FundRequestStatus[]>> = {
  REQUESTED: [FundRequestStatus.APPROVED, FundRequestStatus.REFUSED, FundRequestStatus.CANCELLED],
  APPROVED: [FundRequestStatus.PAID, FundRequestStatus.CANCELLED],
  REFUSED: [],
  CANCELLED: [],
  PAID: [FundRequestStatus.RECONCILED],
  RECONCILED: [],
};

export function canChangeFundRequestStatus(from: FundRequestStatus, to: FundRequestStatus): boolean {
  return FUND_REQUEST_TRANSITIONS[from].includes(to);
}

/**
 * Separation of duties: whoever asked for the money neither approves, pays nor reconciles it
 * (another supervisor must), though they may withdraw it.
 */
export const FUND_STEPS_BARRED_TO_REQUESTER: readonly FundRequestStatus[] = [FundRequestStatus.APPROVED, FundRequestStatus.REFUSED, FundRequestStatus.PAID, FundRequestStatus.RECONCILED];

/** Whether whoever asked may never move it to `to` */
export function fundStepBarredToRequester(to: FundRequestStatus): boolean {
  return FUND_STEPS_BARRED_TO_REQUESTER.includes(to);
}

/** A line of a client's fund ledger: money in, money paid out for a request, or a request's unspent money back. */
export const FundEntryKind = {
  DEPOSIT: 'DEPOSIT',
  DISBURSEMENT: 'DISBURSEMENT',
  RETURN: 'RETURN',
} as const;
export type FundEntryKind = (typeof FundEntryKind)[keyof typeof FundEntryKind];
export const FUND_ENTRY_KINDS = Object.values(FundEntryKind);

/** Where a deposit came from. */
export const FundDepositSource = {
  BENEFITS: 'BENEFITS',
  FAMILY: 'FAMILY',
  WAGES: 'WAGES',
  OTHER: 'OTHER',
} as const;
export type FundDepositSource = (typeof FundDepositSource)[keyof typeof FundDepositSource];
export const FUND_DEPOSIT_SOURCES = Object.values(FundDepositSource);

/** How a disbursement was paid. */
export const FundPaymentMethod = {
  CHECK: 'CHECK',
  CASH: 'CASH',
  CARD: 'CARD',
  TRANSFER: 'TRANSFER',
} as const;
export type FundPaymentMethod = (typeof FundPaymentMethod)[keyof typeof FundPaymentMethod];
export const FUND_PAYMENT_METHODS = Object.values(FundPaymentMethod);

/** How a difference between the amount paid and the receipts is settled at reconciliation. */
export const FundDifferenceResolution = {
  /** The unspent money went back into the fund: a RETURN entry of the difference. */
  RETURNED: 'RETURNED',
  /** The difference stands, with a note saying why (a lost receipt, a tip). */
  EXPLAINED: 'EXPLAINED',
} as const;
export type FundDifferenceResolution = (typeof FundDifferenceResolution)[keyof typeof FundDifferenceResolution];
export const FUND_DIFFERENCE_RESOLUTIONS = Object.values(FundDifferenceResolution);

/** One amount, in cents: a cent at least, $50,000 at most (more is a typing mistake here). */
export const FUND_AMOUNT_MIN_CENTS = 1;
export const FUND_AMOUNT_MAX_CENTS = 5_000_000;
export const FUND_PURPOSE_MAX_LENGTH = 500;
export const FUND_PAYEE_MAX_LENGTH = 200;
/** A check number or a transfer's reference. */
export const FUND_REFERENCE_MAX_LENGTH = 100;
export const FUND_NOTE_MAX_LENGTH = 2000;

/** Who asks for a client's money: the case team (with write access to the client) and those above them. */
export const FUND_REQUESTER_ROLES: readonly Role[] = [Role.CASE_MANAGER, Role.SUPERVISOR, Role.ADMIN];
/**
 * Who approves, pays, records deposits and reconciles: supervisors, and admins, who also
 * stand for accounting (the agency's finance staff sign in as ADMIN).
 */
export const FUND_APPROVER_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN];
/** Who reads a client's fund: everyone but intake staff (the client's access decides per client). */
export const FUND_READER_ROLES: readonly Role[] = [Role.CASE_MANAGER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR];

/** The signed effect of a ledger line on the balance. */
export function fundEntryEffect(kind: FundEntryKind, amountCents: number): number {
  return kind === FundEntryKind.DISBURSEMENT ? -amountCents : amountCents;
}

/**
 * What reconciliation must settle: paid minus the receipts. Positive: money unaccounted for
 * (returned or explained); negative: the receipts exceed the payment (explained); zero: none.
 */
export function fundDifference(paidCents: number, receiptsCents: number): number {
  return paidCents - receiptsCents;
}

/** Whether `resolution` may settle `difference` (see fundDifference); a zero difference needs none. */
export function fundResolutionFits(difference: number, resolution: FundDifferenceResolution | null): boolean {
  if (difference === 0) return resolution === null;
  if (resolution === FundDifferenceResolution.RETURNED) return difference > 0;
  return resolution === FundDifferenceResolution.EXPLAINED;
}
