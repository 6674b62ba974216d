import { GOAL_PRIORITIES, type GoalPriority, INTERVENTION_RESPONSIBLES, type InterventionResponsible } from './care-plan-parts';
import { GOAL_INTERVENTIONS_MAX, GOAL_OBJECTIVES_MAX, PLAN_GOALS_MAX, PLAN_ITEM_TEXT_MAX_LENGTH } from './care-plan-limits';
import { LIFE_DOMAINS, type LifeDomain } from './life-domain';
import type { LocalizedText } from './localized-text';

/**
 * A typical goal a program offers to start a plan from, kept as data (plan_template.goals).
 * Its words are the agency's, in the SPA's languages; a plan started from it copies the
 * words in the plan's language, and the worker then rewrites them in the client's own words.
 */
export interface PlanTemplateObjective {
  description: LocalizedText;
  measure: LocalizedText;
  baseline?: LocalizedText | null;
  target: LocalizedText;
}

export interface PlanTemplateIntervention {
  description: LocalizedText;
  responsible: InterventionResponsible;
  frequency?: LocalizedText | null;
}

export interface PlanTemplateGoal {
  statement: LocalizedText;
  domain: LifeDomain;
  priority: GoalPriority;
  objectives: PlanTemplateObjective[];
  interventions: PlanTemplateIntervention[];
}

export interface TemplateProblem {
  field: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function textProblem(value: unknown, field: string, required: boolean): TemplateProblem[] {
  if (value === undefined || value === null) return required ? [{ field, message: 'is required' }] : [];
  if (!isRecord(value) || typeof value['en'] !== 'string' || !value['en'].trim()) return [{ field, message: 'needs English text ({ en, es? })' }];
  const tooLong = [value['en'], value['es']].some((text) => typeof text === 'string' && text.length > PLAN_ITEM_TEXT_MAX_LENGTH);
  if (value['es'] !== undefined && value['es'] !== null && typeof value['es'] !== 'string') return [{ field, message: 'es must be text' }];
  return tooLong ? [{ field, message: `must be at most ${PLAN_ITEM_TEXT_MAX_LENGTH} characters` }] : [];
}

function listProblem(value: unknown, field: string, max: number): TemplateProblem[] {
  if (!Array.isArray(value)) return [{ field, message: 'must be a list' }];
  return value.length > max ? [{ field, message: `must have at most ${max} entries` }] : [];
}

function objectiveProblems(objective: unknown, field: string): TemplateProblem[] {
  if (!isRecord(objective)) return [{ field, message: 'must be an objective' }];
  return [
    ...textProblem(objective['description'], `${field}.description`, true),
    ...textProblem(objective['measure'], `${field}.measure`, true),
    ...textProblem(objective['baseline'], `${field}.baseline`, false),
    ...textProblem(objective['target'], `${field}.target`, true),
  ];
}

function interventionProblems(intervention: unknown, field: string): TemplateProblem[] {
  if (!isRecord(intervention)) return [{ field, message: 'must be an intervention' }];
  const responsible = INTERVENTION_RESPONSIBLES.includes(intervention['responsible'] as InterventionResponsible)
    ? []
    : [{ field: `${field}.responsible`, message: `must be one of ${INTERVENTION_RESPONSIBLES.join(', ')}` }];
  return [
    ...textProblem(intervention['description'], `${field}.description`, true),
    ...responsible,
    ...textProblem(intervention['frequency'], `${field}.frequency`, false),
  ];
}

function goalProblems(goal: unknown, field: string): TemplateProblem[] {
  if (!isRecord(goal)) return [{ field, message: 'must be a goal' }];
  const problems = [...textProblem(goal['statement'], `${field}.statement`, true)];
  if (!LIFE_DOMAINS.includes(goal['domain'] as LifeDomain)) problems.push({ field: `${field}.domain`, message: 'must be a life domain' });
  if (!GOAL_PRIORITIES.includes(goal['priority'] as GoalPriority)) problems.push({ field: `${field}.priority`, message: `must be one of ${GOAL_PRIORITIES.join(', ')}` });
  const objectives = listProblem(goal['objectives'], `${field}.objectives`, GOAL_OBJECTIVES_MAX);
  const interventions = listProblem(goal['interventions'], `${field}.interventions`, GOAL_INTERVENTIONS_MAX);
  problems.push(...objectives, ...interventions);
  if (!objectives.length) (goal['objectives'] as unknown[]).forEach((o, i) => problems.push(...objectiveProblems(o, `${field}.objectives.${i}`)));
  if (!interventions.length) (goal['interventions'] as unknown[]).forEach((v, i) => problems.push(...interventionProblems(v, `${field}.interventions.${i}`)));
  return problems;
}

/**
 * What is wrong with a template's goals as sent (JSON from an admin's editor or an API
 * client), each problem named by its path (`goals.0.objectives.1.target`); empty when none.
 */
export function planTemplateProblems(goals: unknown): TemplateProblem[] {
  const list = listProblem(goals, 'goals', PLAN_GOALS_MAX);
  if (list.length) return list;
  return (goals as unknown[]).flatMap((goal, i) => goalProblems(goal, `goals.${i}`));
}
