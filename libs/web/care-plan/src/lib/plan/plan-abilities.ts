import { CarePlanStatus, isCarePlanEditable } from '@waymark/shared/types';

export interface PlanAbilities {
  /** Add, change and remove goals, objectives and interventions; change the dates and vision */
  edit: boolean;
  submit: boolean;
  /** Approve or return it */
  decide: boolean;
  /** Why a supervisor sees no approve button on a plan awaiting approval */
  noDecisionBecause: 'ownPlan' | null;
  revise: boolean;
  close: boolean;
  acknowledge: boolean;
  recordProgress: boolean;
}

/**
 * What the signed-in person may do with a plan, from its status and what the API says of it
 * (`mayEdit`: a draft they may change; `mayApprove`: a supervisor other than its author) and
 * whether they may change the client's record at all: the SPA offers only what the API would
 * accept. A plan being revised already (a newer draft of the same enrollment) is not revised again.
 */
export function planAbilities(
  plan: { status: CarePlanStatus; mayEdit: boolean; mayApprove: boolean; author?: { id: string } | null },
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
    noDecisionBecause: pending && !plan.mayApprove && person.isSupervisor && plan.author?.id === person.userId ? 'ownPlan' : null,
    revise: writes && active && !hasNewerDraft,
    close: writes && (active || plan.status === CarePlanStatus.DRAFT),
    acknowledge: writes && (active || pending),
    recordProgress: writes && active,
  };
}
