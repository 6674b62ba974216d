import { canChangeFundRequestStatus, FUND_APPROVER_ROLES, FUND_REQUESTER_ROLES, FundRequestStatus, fundStepBarredToRequester, type Role } from '@waymark/shared/types';
import type { FundRequestFieldsFragment } from '@waymark/web/core';
import type { FundAct } from './fund-request-card';

/** Who the signed-in person is, as far as the fund's acts go. */
export interface FundActor {
  userId: string | null;
  role: Role | null;
  /** May change this client's record (not merely opened for reading) */
  canWrite: boolean;
}

export const mayRequestFunds = ({ role, canWrite }: FundActor) => canWrite && !!role && FUND_REQUESTER_ROLES.includes(role);
export const approvesFunds = ({ role, canWrite }: FundActor) => canWrite && !!role && FUND_APPROVER_ROLES.includes(role);

/** Each act and the status it moves the request to (a receipt keeps it PAID). */
const ACT_STATUS: Record<FundAct, FundRequestStatus> = {
  approve: FundRequestStatus.APPROVED,
  refuse: FundRequestStatus.REFUSED,
  cancel: FundRequestStatus.CANCELLED,
  pay: FundRequestStatus.PAID,
  receipt: FundRequestStatus.PAID,
  reconcile: FundRequestStatus.RECONCILED,
};

/** What the API would let this person do with the request now; the SPA only hides what it would refuse. */
export function fundActs(request: FundRequestFieldsFragment, actor: FundActor): FundAct[] {
  const approver = approvesFunds(actor);
  const own = request.requestedBy?.id === actor.userId;
  const allowed = (act: FundAct): boolean => {
    if (act === 'receipt') return request.status === FundRequestStatus.PAID && mayRequestFunds(actor);
    if (!canChangeFundRequestStatus(request.status, ACT_STATUS[act])) return false;
    if (act === 'cancel') return approver || (own && mayRequestFunds(actor) && request.status === FundRequestStatus.REQUESTED);
    return approver && !(own && fundStepBarredToRequester(ACT_STATUS[act]));
  };
  return (Object.keys(ACT_STATUS) as FundAct[]).filter(allowed);
}
