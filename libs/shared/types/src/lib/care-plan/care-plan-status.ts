/**
 * A care plan's life. A draft is submitted for approval; a supervisor other than its author
 * approves it (ACTIVE) or returns it (DRAFT). An active plan is never edited in place: revising
 * it drafts a new version, and approving that version SUPERSEDES the one before. CLOSED ends it.
 */
export const CarePlanStatus = {
  DRAFT: 'DRAFT',
  PENDING_APPROVAL: 'PENDING_APPROVAL',
  ACTIVE: 'ACTIVE',
  SUPERSEDED: 'SUPERSEDED',
  CLOSED: 'CLOSED',
} as const;
export type CarePlanStatus = (typeof CarePlanStatus)[keyof typeof CarePlanStatus];
export const CARE_PLAN_STATUSES = Object.values(CarePlanStatus);

export const CARE_PLAN_STATUS_TRANSITIONS: Record<CarePlanStatus, readonly CarePlanStatus[]> = {
  DRAFT: [CarePlanStatus.PENDING_APPROVAL, CarePlanStatus.CLOSED],
  PENDING_APPROVAL: [CarePlanStatus.ACTIVE, CarePlanStatus.DRAFT],
  ACTIVE: [CarePlanStatus.SUPERSEDED, CarePlanStatus.CLOSED],
  SUPERSEDED: [],
  CLOSED: [],
};

export function canChangeCarePlanStatus(from: CarePlanStatus, to: CarePlanStatus): boolean {
  return CARE_PLAN_STATUS_TRANSITIONS[from].includes(to);
}

/** Statuses a plan can be acknowledged in by the client: what they review before approval, and the plan in force. */
export const ACKNOWLEDGEABLE_CARE_PLAN_STATUSES: readonly CarePlanStatus[] = [CarePlanStatus.PENDING_APPROVAL, CarePlanStatus.ACTIVE];

/** Only a draft's goals, objectives and interventions can be edited. */
export function isCarePlanEditable(status: CarePlanStatus): boolean {
  return status === CarePlanStatus.DRAFT;
}
