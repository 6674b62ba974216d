/**
 * What stands in the way of closing an enrollment. Each context that owns such work answers
 * for its own kind (notes from the client context, tasks and plans from care planning,
 * referrals from the referral context); the closure lists them all at once.
 */
export const ClosureBlockerKind = {
  UNSIGNED_NOTE: 'UNSIGNED_NOTE',
  OPEN_TASK: 'OPEN_TASK',
  ACTIVE_PLAN: 'ACTIVE_PLAN',
  PLAN_IN_PROGRESS: 'PLAN_IN_PROGRESS',
  OPEN_REFERRAL: 'OPEN_REFERRAL',
} as const;
export type ClosureBlockerKind = (typeof ClosureBlockerKind)[keyof typeof ClosureBlockerKind];
export const CLOSURE_BLOCKER_KINDS = Object.values(ClosureBlockerKind);

export interface ClosureBlocker {
  kind: ClosureBlockerKind;
  /** The record in the way, so the SPA can link to it. */
  id: string;
  /** A short English description for the error message and the log; the SPA words it from kind. */
  description: string;
}
