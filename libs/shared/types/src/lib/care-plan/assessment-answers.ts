import type { AnswerCondition, Answers, AnswerValue, InstrumentDefinition, Question, ScoreBand } from './instrument';
import { QuestionType } from './instrument';
import type { LifeDomain } from './life-domain';
import type { LocalizedText } from './localized-text';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isAnswered(value: AnswerValue | null | undefined): value is AnswerValue {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Whether an answer meets a condition; an unanswered question meets none. */
export function meetsCondition(condition: AnswerCondition, value: AnswerValue | null | undefined): boolean {
  if (!isAnswered(value)) return false;
  const values = Array.isArray(value) ? value : [value];
  if (condition.equals !== undefined && !values.some((v) => v === condition.equals)) return false;
  const { oneOf } = condition;
  if (oneOf && !values.some((v) => typeof v === 'string' && oneOf.includes(v))) return false;
  if (condition.atLeast !== undefined && !(typeof value === 'number' && value >= condition.atLeast)) return false;
  if (condition.atMost !== undefined && !(typeof value === 'number' && value <= condition.atMost)) return false;
  return true;
}

export function allQuestions(definition: InstrumentDefinition): Question[] {
  return definition.sections.flatMap((section) => section.questions);
}

/** A question is asked when it has no condition, or the question it depends on is asked and meets it. */
export function isAsked(definition: InstrumentDefinition, question: Question, answers: Answers): boolean {
  const questions = new Map(allQuestions(definition).map((q) => [q.key, q]));
  const seen = new Set<string>();
  let current: Question | undefined = question;
  while (current?.showIf) {
    if (seen.has(current.key)) return false;
    seen.add(current.key);
    if (!meetsCondition(current.showIf, answers[current.showIf.question])) return false;
    current = questions.get(current.showIf.question);
  }
  return true;
}

export function askedQuestions(definition: InstrumentDefinition, answers: Answers): Question[] {
  return allQuestions(definition).filter((question) => isAsked(definition, question, answers));
}

/** The keys of required questions that are asked and not answered: what stands between a draft and completion. */
export function missingRequired(definition: InstrumentDefinition, answers: Answers): string[] {
  return askedQuestions(definition, answers)
    .filter((question) => question.required && !isAnswered(answers[question.key]))
    .map((question) => question.key);
}

/** Why a value cannot be an answer to the question, or null when it can. Empty answers are allowed (a draft). */
export function answerProblem(question: Question, value: AnswerValue | null | undefined): string | null {
  if (!isAnswered(value)) return null;
  const options = new Set((question.options ?? []).map((option) => option.value));
  switch (question.type) {
    case QuestionType.TEXT:
      return typeof value === 'string' ? null : 'must be text';
    case QuestionType.DATE:
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'must be a date (YYYY-MM-DD)';
    case QuestionType.YES_NO:
      return typeof value === 'boolean' ? null : 'must be yes or no';
    case QuestionType.NUMBER:
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case QuestionType.SCALE: {
      const { min, max } = question.scale ?? { min: 0, max: 0 };
      return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : `must be a whole number from ${min} to ${max}`;
    }
    case QuestionType.SINGLE_CHOICE:
      return typeof value === 'string' && options.has(value) ? null : 'must be one of the options';
    case QuestionType.MULTIPLE_CHOICE:
      return Array.isArray(value) && value.every((v) => options.has(v)) && new Set(value).size === value.length
        ? null
        : 'must be some of the options, each once';
  }
}

function points(question: Question, value: AnswerValue): number {
  switch (question.type) {
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTIPLE_CHOICE: {
      const chosen = Array.isArray(value) ? value : [value];
      return (question.options ?? []).filter((option) => chosen.includes(option.value)).reduce((sum, option) => sum + (option.score ?? 0), 0);
    }
    case QuestionType.SCALE:
    case QuestionType.NUMBER:
      return typeof value === 'number' ? value : 0;
    case QuestionType.YES_NO:
      return value === true ? 1 : 0;
    default:
      return 0;
  }
}

export interface RuleScore {
  key: string;
  label: LocalizedText;
  total: number;
  /** How many of the rule's questions were asked and answered. */
  answered: number;
  band: ScoreBand | null;
  domain: LifeDomain | null;
}

/** Every scoring rule's total over the asked and answered questions, and the band it falls in. */
export function scoreAnswers(definition: InstrumentDefinition, answers: Answers): RuleScore[] {
  const asked = new Map(askedQuestions(definition, answers).map((question) => [question.key, question]));
  return definition.scoring.map((rule) => {
    let total = 0;
    let answered = 0;
    for (const key of rule.questions) {
      const question = asked.get(key);
      const value = answers[key];
      if (!question || !isAnswered(value)) continue;
      total += points(question, value);
      answered += 1;
    }
    const band = rule.bands.find((b) => total >= b.min && total <= b.max) ?? null;
    return { key: rule.key, label: rule.label, total, answered, band, domain: rule.domain ?? null };
  });
}

/** A need an assessment found: in which domain, from which question or scoring rule. */
export interface FoundNeed {
  domain: LifeDomain;
  /** The question whose answer, or the scoring rule whose band, revealed it. */
  source: string;
  label: LocalizedText;
}

/** The needs the answers reveal, one per domain and source, in the instrument's order. */
export function findNeeds(definition: InstrumentDefinition, answers: Answers): FoundNeed[] {
  const needs: FoundNeed[] = [];
  for (const question of askedQuestions(definition, answers)) {
    if (!question.needIf || !meetsCondition(question.needIf, answers[question.key])) continue;
    for (const domain of question.domains) needs.push({ domain, source: question.key, label: question.label });
  }
  for (const score of scoreAnswers(definition, answers)) {
    if (score.band?.need && score.domain) needs.push({ domain: score.domain, source: score.key, label: score.label });
  }
  return needs;
}

export interface AnswerChange {
  question: string;
  before: AnswerValue | null;
  after: AnswerValue | null;
}

/** The answers that differ between two assessments of one instrument (any versions: questions match by key). */
export function compareAnswers(before: Answers, after: Answers): AnswerChange[] {
  const answerOf = (answers: Answers, question: string): AnswerValue | null => {
    const value = answers[question];
    return isAnswered(value) ? value : null;
  };
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .map((question) => ({ question, before: answerOf(before, question), after: answerOf(after, question) }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}
