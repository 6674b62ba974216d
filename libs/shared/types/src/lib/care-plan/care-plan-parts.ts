export const GoalPriority = {
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  LOW: 'LOW',
} as const;
export type GoalPriority = (typeof GoalPriority)[keyof typeof GoalPriority];
export const GOAL_PRIORITIES = Object.values(GoalPriority);

export const GoalStatus = {
  IN_PROGRESS: 'IN_PROGRESS',
  ACHIEVED: 'ACHIEVED',
  DISCONTINUED: 'DISCONTINUED',
} as const;
export type GoalStatus = (typeof GoalStatus)[keyof typeof GoalStatus];
export const GOAL_STATUSES = Object.values(GoalStatus);

/** Who carries out an intervention. */
export const InterventionResponsible = {
  CLIENT: 'CLIENT',
  CASE_MANAGER: 'CASE_MANAGER',
  FAMILY: 'FAMILY',
  PROVIDER: 'PROVIDER',
  REFERRAL: 'REFERRAL',
} as const;
export type InterventionResponsible = (typeof InterventionResponsible)[keyof typeof InterventionResponsible];
export const INTERVENTION_RESPONSIBLES = Object.values(InterventionResponsible);

/** How the client acknowledged their plan. */
export const AcknowledgementMethod = {
  SIGNATURE: 'SIGNATURE',
  VERBAL: 'VERBAL',
} as const;
export type AcknowledgementMethod = (typeof AcknowledgementMethod)[keyof typeof AcknowledgementMethod];
export const ACKNOWLEDGEMENT_METHODS = Object.values(AcknowledgementMethod);
