import { BadInputError, DomainError } from '@waymark/api/common';
import { type ConsentDecisionReason, ErrorCode, ErrorReason, type ReferralSide, type ReferralStatus } from '@waymark/shared/types';

/** Sharing the client with the receiving agency needs a consent in force: BAD_USER_INPUT, reason CONSENT_REQUIRED, `details` why not. */
export class ConsentRequiredError extends DomainError {
  constructor(details: ConsentDecisionReason) {
    super(ErrorCode.BAD_USER_INPUT, 'No consent in force lets this client\'s referral be shared with the receiving agency. Record the client\'s consent first.', {
      reason: ErrorReason.CONSENT_REQUIRED,
      details,
      fields: [{ field: 'consentId', message: details }],
    });
  }
}

/** A move the machine does not allow, or not to this side: BAD_USER_INPUT, reason ILLEGAL_TRANSITION. */
export function illegalMove(from: ReferralStatus, to: ReferralStatus, side: ReferralSide): BadInputError {
  return new BadInputError(
    `A referral cannot move from ${from} to ${to} by the ${side.toLowerCase()}.`,
    [{ field: 'to', message: `not allowed from ${from}` }],
    ErrorReason.ILLEGAL_TRANSITION,
  );
}
