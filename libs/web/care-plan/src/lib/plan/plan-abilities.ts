import { ACKNOWLEDGEABLE_CARE_PLAN_STATUSES, canChangeCarePlanStatus, CarePlanStatus, isCarePlanEditable, selfApproval } from '@waymark/shared/types';

export interface PlanAbilities {
  /** Add, change and remove goals, objectives and interventions; change the dates and vision */
  edit: boolean;
  submit: boolean;
  /** Approve or return it */
  decide: boolean;
  /** Why a supervisor sees no approve button on a plan awaiting approval: they wrote or submitted it */
  noDecisionBecause: 'ownPlan' | null;
  revise: boolean;
  close: boolean;
  acknowledge: boolean;
  recordProgress: boolean;
}

/**
 * What the signed-in person may do with a plan, from its status and what the API says of it
 * (`mayEdit`: a draft they may change; `mayApprove`: a supervisor who neither wrote nor submitted it) and
 * whether they may change the client's record at all: the SPA offers only what the API would
 * accept. A plan being revised already (a newer draft of the same enrollment) is not revised again.
 */
export function planAbilities(
  plan: { status: CarePlanStatus; mayEdit: boolean; mayApprove: boolean; author?: { id: string } | null; submittedBy?: { id: string } | null },
  person: { userId: string | null; canWrite: boolean; isSupervisor: boolean },
  hasNewerDraft: boolean,
): PlanAbilities {
  const writes = person.canWrite;
  const pending = plan.status === CarePlanStatus.PENDING_APPROVAL;
  const active = plan.status === CarePlanStatus.ACTIVE;
  return {
    edit: writes && plan.mayEdit && isCarePlanEditable(plan.status),
    submit: writes && plan.mayEdit && plan.status === CarePlanStatus.DRAFT,
    decide: pending && plan.mayApprove,
    noDecisionBecause:
      pending && !plan.mayApprove && person.isSupervisor && selfApproval({ authorId: plan.author?.id ?? null, submittedById: plan.submittedBy?.id ?? null }, person.userId) ? 'ownPlan' : null,
    revise: writes && active && !hasNewerDraft,
    close: writes && canChangeCarePlanStatus(plan.status, CarePlanStatus.CLOSED),
    acknowledge: writes && ACKNOWLEDGEABLE_CARE_PLAN_STATUSES.includes(plan.status),
    recordProgress: writes && active,
  };
}
