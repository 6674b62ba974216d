import type { GoalPriority, GoalStatus } from './care-plan-parts';
import type { CarePlanStatus } from './care-plan-status';

/** FHIR R4 CarePlan.status (http://hl7.org/fhir/request-status) for each version's status. */
export const CARE_PLAN_FHIR_STATUS: Record<CarePlanStatus, 'draft' | 'active' | 'revoked' | 'completed'> = {
  DRAFT: 'draft',
  PENDING_APPROVAL: 'draft',
  ACTIVE: 'active',
  // Replaced by a later version (CarePlan.replaces points back at it): no longer in force, not finished.
  SUPERSEDED: 'revoked',
  CLOSED: 'completed',
};

/** FHIR R4 Goal.lifecycleStatus (http://hl7.org/fhir/goal-status). */
export const GOAL_FHIR_LIFECYCLE_STATUS: Record<GoalStatus, 'active' | 'completed' | 'cancelled'> = {
  IN_PROGRESS: 'active',
  ACHIEVED: 'completed',
  DISCONTINUED: 'cancelled',
};

/**
 * A goal's Goal.lifecycleStatus as its plan version's status puts it: a draft or pending plan's
 * goals are only `proposed`; in a superseded version the goal was carried into the version that
 * replaced it (same goalKey, a Goal of its own), so this copy is no longer pursued (`cancelled`);
 * when the plan is closed a goal still in progress is no longer sought (`completed`, its
 * achievementStatus still saying it was not achieved).
 */
export function goalFhirLifecycleStatus(planStatus: CarePlanStatus, goalStatus: GoalStatus): 'proposed' | 'active' | 'completed' | 'cancelled' {
  if (planStatus === 'DRAFT' || planStatus === 'PENDING_APPROVAL') return 'proposed';
  if (planStatus === 'SUPERSEDED') return 'cancelled';
  if (planStatus === 'CLOSED' && goalStatus === 'IN_PROGRESS') return 'completed';
  return GOAL_FHIR_LIFECYCLE_STATUS[goalStatus];
}

/** FHIR R4 Goal.achievementStatus (http://terminology.hl7.org/CodeSystem/goal-achievement). */
export const GOAL_FHIR_ACHIEVEMENT: Record<GoalStatus, { code: string; display: string }> = {
  IN_PROGRESS: { code: 'in-progress', display: 'In Progress' },
  ACHIEVED: { code: 'achieved', display: 'Achieved' },
  DISCONTINUED: { code: 'not-achieved', display: 'Not Achieved' },
};

/** FHIR R4 Goal.priority (http://terminology.hl7.org/CodeSystem/goal-priority). */
export const GOAL_FHIR_PRIORITY: Record<GoalPriority, { code: string; display: string }> = {
  HIGH: { code: 'high-priority', display: 'High Priority' },
  MEDIUM: { code: 'medium-priority', display: 'Medium Priority' },
  LOW: { code: 'low-priority', display: 'Low Priority' },
};
