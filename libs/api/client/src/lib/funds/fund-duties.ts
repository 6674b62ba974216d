import { BadInputError } from '@waymark/api/common';
import { ErrorReason, type FundRequestStatus, fundStepBarredToRequester } from '@waymark/shared/types';
import type { FundRequestEntity } from './fund-request.entity';

const STEP: Partial<Record<FundRequestStatus, string>> = { APPROVED: 'decide on', REFUSED: 'decide on', PAID: 'pay', RECONCILED: 'reconcile' };

/** Separation of duties: whoever asked for the money does not decide on, pay or reconcile it. */
export function refuseOwnRequest(request: FundRequestEntity, me: string, to: FundRequestStatus): void {
  if (request.requestedBy === me && fundStepBarredToRequester(to)) {
    throw new BadInputError(`You made this request; another supervisor must ${STEP[to] ?? 'handle'} it.`, [{ field: 'requestId', message: 'requested by you' }], ErrorReason.SELF_APPROVAL);
  }
}
