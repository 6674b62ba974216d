import { DomainError } from '@waymark/api/common';
import { ErrorCode, ErrorReason } from '@waymark/shared/types';

/** The fund does not cover the amount; the error says what it holds, so the caller need not ask again. */
export class InsufficientFundsError extends DomainError {
  constructor(message: string, amounts: { balanceCents: number; availableCents?: number }) {
    super(ErrorCode.BAD_USER_INPUT, message, { fields: [{ field: 'requestId', message: 'not covered' }], reason: ErrorReason.INSUFFICIENT_FUNDS, ...amounts });
  }
}
