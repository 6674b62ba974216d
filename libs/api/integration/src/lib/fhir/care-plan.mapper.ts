import type { PlanFact, PlanGoalFact } from '@waymark/api/care-plan';
import { CARE_PLAN_FHIR_STATUS, CarePlanStatus, GOAL_FHIR_ACHIEVEMENT, GOAL_FHIR_PRIORITY, goalFhirLifecycleStatus } from '@waymark/shared/types';
import type { CarePlan, Goal } from 'fhir/r4';
import { FHIR_SYSTEM, type FhirSystems } from './fhir-systems';

/**
 * One version of a care plan as a FHIR CarePlan (intent `plan`, an assessment-and-plan of
 * care): its period from the day it took effect, the version it replaces, the client's vision
 * as its description, and its goals referenced (each a Goal resource of its own). A superseded
 * version references none: its goals live on in the version that replaced it.
 */
export function toCarePlan(plan: PlanFact, systems: FhirSystems): CarePlan {
  return {
    resourceType: 'CarePlan',
    id: plan.id,
    meta: { versionId: String(plan.version), lastUpdated: plan.updatedAt.toISOString() },
    identifier: [systems.identifier('care-plan', plan.id)],
    ...(plan.previousId ? { replaces: [{ reference: `CarePlan/${plan.previousId}` }] } : {}),
    status: CARE_PLAN_FHIR_STATUS[plan.status],
    intent: 'plan',
    category: [{ coding: [{ system: FHIR_SYSTEM.carePlanCategory, code: 'assess-plan', display: 'Assessment and Plan of Treatment' }] }],
    title: `Care plan, revision ${plan.revision}`,
    ...(plan.clientVision ? { description: plan.clientVision } : {}),
    subject: { reference: `Patient/${plan.clientId}` },
    period: { start: plan.effectiveOn },
    created: plan.createdAt.toISOString(),
    goal: servedGoals(plan).map((goal) => ({ reference: `Goal/${goal.id}` })),
  };
}

/** The goals a search serves of a plan version: a superseded version's are left out (each lives on in the newer version). */
export function servedGoals(plan: PlanFact): PlanGoalFact[] {
  return plan.status === CarePlanStatus.SUPERSEDED ? [] : plan.goals;
}

/**
 * A goal of a plan version as a FHIR Goal: the client's own words, its life domain, priority
 * and target date, its lifecycle as its plan's status puts it (a draft plan's goals proposed).
 */
export function toGoal(goal: PlanGoalFact, plan: PlanFact, systems: FhirSystems): Goal {
  return {
    resourceType: 'Goal',
    id: goal.id,
    meta: { versionId: String(goal.version), lastUpdated: goal.updatedAt.toISOString() },
    // The same goal keeps its key across plan versions; each version's Goal has an id of its own.
    identifier: [systems.identifier('goal', goal.goalKey)],
    lifecycleStatus: goalFhirLifecycleStatus(plan.status, goal.status),
    achievementStatus: { coding: [{ system: FHIR_SYSTEM.goalAchievement, ...GOAL_FHIR_ACHIEVEMENT[goal.status] }] },
    category: [{ coding: [systems.coding('life-domain', goal.domain)] }],
    priority: { coding: [{ system: FHIR_SYSTEM.goalPriority, ...GOAL_FHIR_PRIORITY[goal.priority] }] },
    description: { text: goal.statement },
    subject: { reference: `Patient/${plan.clientId}` },
    ...(goal.targetDate ? { target: [{ dueDate: goal.targetDate }] } : {}),
  };
}
