import {
  type FoundNeed,
  GoalPriority,
  GoalStatus,
  type InterventionResponsible,
  type LifeDomain,
  localized,
  type PlanTemplateGoal,
} from '@waymark/shared/types';

/**
 * Goals about to be written into a plan, with their objectives and interventions: from a
 * template, from an assessment's needs, or copied from the version a revision starts from
 * (keys kept, so progress and comparison follow the goal).
 */
export interface ObjectiveDraft {
  objectiveKey?: string;
  description: string;
  measure: string;
  baseline: string | null;
  target: string;
  targetDate: string | null;
}

export interface InterventionDraft {
  /** Index into the goal's objectives, or null when it serves the goal as a whole. */
  objectiveIndex: number | null;
  description: string;
  responsible: InterventionResponsible;
  responsibleName: string | null;
  frequency: string | null;
  referralId: string | null;
}

export interface GoalDraft {
  goalKey?: string;
  statement: string;
  domain: LifeDomain;
  priority: GoalPriority;
  targetDate: string | null;
  status: GoalStatus;
  sourceAssessmentId: string | null;
  sourceNeed: string | null;
  objectives: ObjectiveDraft[];
  interventions: InterventionDraft[];
}

/** A template's goals in `language`, for the worker to rewrite in the client's words. */
export function goalsFromTemplate(goals: readonly PlanTemplateGoal[], language: string): GoalDraft[] {
  const text = (value: { en: string; es?: string } | null | undefined) => (value ? localized(value, language) : null);
  return goals.map((goal) => ({
    statement: localized(goal.statement, language),
    domain: goal.domain,
    priority: goal.priority,
    targetDate: null,
    status: GoalStatus.IN_PROGRESS,
    sourceAssessmentId: null,
    sourceNeed: null,
    objectives: goal.objectives.map((objective) => ({
      description: localized(objective.description, language),
      measure: localized(objective.measure, language),
      baseline: text(objective.baseline),
      target: localized(objective.target, language),
      targetDate: null,
    })),
    interventions: goal.interventions.map((intervention) => ({
      objectiveIndex: null,
      description: localized(intervention.description, language),
      responsible: intervention.responsible,
      responsibleName: null,
      frequency: text(intervention.frequency),
      referralId: null,
    })),
  }));
}

/** One goal per need, worded as the need's label, for the worker to rewrite with the client. */
export function goalsFromNeeds(assessmentId: string, needs: readonly FoundNeed[], language: string): GoalDraft[] {
  return needs.map((need) => ({
    statement: localized(need.label, language),
    domain: need.domain,
    priority: GoalPriority.MEDIUM,
    targetDate: null,
    status: GoalStatus.IN_PROGRESS,
    sourceAssessmentId: assessmentId,
    sourceNeed: need.source,
    objectives: [],
    interventions: [],
  }));
}
