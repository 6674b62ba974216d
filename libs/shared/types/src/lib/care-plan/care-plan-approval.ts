/** Why someone may not approve (or return) a submitted plan themselves: they wrote it, or they submitted it. */
export const SelfApproval = {
  AUTHOR: 'AUTHOR',
  SUBMITTER: 'SUBMITTER',
} as const;
export type SelfApproval = (typeof SelfApproval)[keyof typeof SelfApproval];

/** Who wrote and who submitted a plan, by user id. */
export interface PlanParties {
  authorId: string | null;
  submittedById: string | null;
}

/**
 * The four-eyes rule of a plan's approval: a supervisor decides on a plan only when someone
 * else wrote it and someone else submitted it (a supervisor who submits a case manager's plan
 * has made it their own). The API refuses with SELF_APPROVAL, its `mayApprove` says so, and
 * the SPA explains the missing buttons, all from this rule.
 */
export function selfApproval(plan: PlanParties, userId: string | null): SelfApproval | null {
  if (!userId) return null;
  if (plan.authorId === userId) return SelfApproval.AUTHOR;
  if (plan.submittedById === userId) return SelfApproval.SUBMITTER;
  return null;
}
