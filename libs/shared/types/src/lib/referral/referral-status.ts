/**
 * Where a referral stands, from the sender's draft to the end of the loop. Terminal statuses
 * end it; NO_SHOW may still be booked again. Never rename a value.
 */
export const ReferralStatus = {
  DRAFT: 'DRAFT',
  SENT: 'SENT',
  RECEIVED: 'RECEIVED',
  ACCEPTED: 'ACCEPTED',
  /** An appointment is booked (its time is on the referral). */
  SCHEDULED: 'SCHEDULED',
  COMPLETED: 'COMPLETED',
  DECLINED: 'DECLINED',
  CANCELLED: 'CANCELLED',
  NO_SHOW: 'NO_SHOW',
  /** Nobody answered within REFERRAL_EXPIRY_DAYS of sending. */
  EXPIRED: 'EXPIRED',
} as const;
export type ReferralStatus = (typeof ReferralStatus)[keyof typeof ReferralStatus];
export const REFERRAL_STATUSES = Object.values(ReferralStatus);

/** Who takes a step: the agency that sent the referral, the one that receives it, or the system's sweep. */
export const ReferralSide = {
  SENDER: 'SENDER',
  RECEIVER: 'RECEIVER',
  SYSTEM: 'SYSTEM',
} as const;
export type ReferralSide = (typeof ReferralSide)[keyof typeof ReferralSide];
export const REFERRAL_SIDES = Object.values(ReferralSide);

const S = ReferralStatus;

/** Every move the machine allows, and which side takes it. A reschedule is SCHEDULED → SCHEDULED. */
export const REFERRAL_TRANSITIONS: Record<ReferralStatus, Partial<Record<ReferralStatus, ReferralSide>>> = {
  DRAFT: { SENT: 'SENDER', CANCELLED: 'SENDER' },
  SENT: { RECEIVED: 'RECEIVER', ACCEPTED: 'RECEIVER', DECLINED: 'RECEIVER', CANCELLED: 'SENDER', EXPIRED: 'SYSTEM' },
  RECEIVED: { ACCEPTED: 'RECEIVER', DECLINED: 'RECEIVER', CANCELLED: 'SENDER', EXPIRED: 'SYSTEM' },
  // A walk-in service (a food pantry) can be completed without a booked appointment.
  ACCEPTED: { SCHEDULED: 'RECEIVER', COMPLETED: 'RECEIVER', DECLINED: 'RECEIVER', CANCELLED: 'SENDER' },
  SCHEDULED: { SCHEDULED: 'RECEIVER', COMPLETED: 'RECEIVER', NO_SHOW: 'RECEIVER', CANCELLED: 'SENDER' },
  NO_SHOW: { SCHEDULED: 'RECEIVER', CANCELLED: 'SENDER' },
  COMPLETED: {},
  DECLINED: {},
  CANCELLED: {},
  EXPIRED: {},
};

/**
 * Which side may move a referral from `from` to `to`, or null when the machine forbids it.
 * When the receiver is not on Waymark (a provider typed in by hand, or a directory service no
 * agency here runs), the sender records the receiver's steps for them.
 */
export function referralTransitionSide(from: ReferralStatus, to: ReferralStatus): ReferralSide | null {
  return REFERRAL_TRANSITIONS[from][to] ?? null;
}

export function canMoveReferral(from: ReferralStatus, to: ReferralStatus, side: ReferralSide, receiverOnWaymark: boolean): boolean {
  const owner = referralTransitionSide(from, to);
  if (!owner) return false;
  if (owner === ReferralSide.RECEIVER && !receiverOnWaymark) return side === ReferralSide.SENDER;
  return owner === side;
}

/** The statuses a side may move to from `from` (the SPA's action buttons). */
export function nextReferralStatuses(from: ReferralStatus, side: ReferralSide, receiverOnWaymark: boolean): ReferralStatus[] {
  return REFERRAL_STATUSES.filter((to) => canMoveReferral(from, to, side, receiverOnWaymark));
}

export const TERMINAL_REFERRAL_STATUSES: readonly ReferralStatus[] = [S.COMPLETED, S.DECLINED, S.CANCELLED, S.EXPIRED];

/** Still waiting on someone: these block closing the enrollment they came from. NO_SHOW counts until cancelled or rebooked. */
export const OPEN_REFERRAL_STATUSES: readonly ReferralStatus[] = [S.DRAFT, S.SENT, S.RECEIVED, S.ACCEPTED, S.SCHEDULED, S.NO_SHOW];

/** Sent and not yet answered: the receiver's inbox, and what expires. */
export const UNANSWERED_REFERRAL_STATUSES: readonly ReferralStatus[] = [S.SENT, S.RECEIVED];

/**
 * Whether a move from `from` to `to` books a new date for an appointment already booked: from
 * SCHEDULED, or after a no-show (the appointment missed). The button, its dialog and the
 * timeline all call it a reschedule.
 */
export function isReferralReschedule(from: ReferralStatus | null | undefined, to: ReferralStatus): boolean {
  return to === ReferralStatus.SCHEDULED && (from === ReferralStatus.SCHEDULED || from === ReferralStatus.NO_SHOW);
}
