import type { LifeDomain } from './life-domain';
import type { LocalizedText } from './localized-text';

/**
 * An assessment instrument, defined as data and versioned: sections of questions, skip logic,
 * the answers that reveal a need, and scoring rules. The API checks and scores answers with
 * the functions in `assessment-answers.ts`; the SPA renders and previews with the same ones.
 */
export const QuestionType = {
  TEXT: 'TEXT',
  SINGLE_CHOICE: 'SINGLE_CHOICE',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  SCALE: 'SCALE',
  NUMBER: 'NUMBER',
  DATE: 'DATE',
  YES_NO: 'YES_NO',
} as const;
export type QuestionType = (typeof QuestionType)[keyof typeof QuestionType];
export const QUESTION_TYPES = Object.values(QuestionType);

/** One answer: text or a 'YYYY-MM-DD' date, a number (scale, number), yes/no, the chosen option values. */
export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue | null | undefined>;

/** A simple condition on one answer; every stated part must hold. For multiple choice, `equals`/`oneOf` match any chosen value. */
export interface AnswerCondition {
  equals?: string | number | boolean;
  oneOf?: string[];
  atLeast?: number;
  atMost?: number;
}

export interface ChoiceOption {
  value: string;
  label: LocalizedText;
  /** Points this option adds to the scoring rules that count its question. */
  score?: number;
}

export interface Question {
  /** Stable within the instrument's versions, so answers compare across versions. */
  key: string;
  type: QuestionType;
  label: LocalizedText;
  help?: LocalizedText;
  required: boolean;
  /** SINGLE_CHOICE and MULTIPLE_CHOICE. */
  options?: ChoiceOption[];
  /** SCALE: whole numbers from min to max. */
  scale?: { min: number; max: number; minLabel?: LocalizedText; maxLabel?: LocalizedText };
  /** The life domains the question speaks to. */
  domains: LifeDomain[];
  /** Asked only when another answer meets the condition; a hidden question is neither required nor scored. */
  showIf?: { question: string } & AnswerCondition;
  /** An answer meeting this condition is a need in the question's domains (it can seed a goal). */
  needIf?: AnswerCondition;
}

export interface InstrumentSection {
  key: string;
  title: LocalizedText;
  questions: Question[];
}

/** A band of a scoring rule's total, e.g. 0–4 "low risk"; a band with `need` marks a need in the rule's domain. */
export interface ScoreBand {
  min: number;
  max: number;
  label: LocalizedText;
  need?: boolean;
}

/** Sums the points of the listed questions' answers (option scores, scale and number values, yes = 1). */
export interface ScoringRule {
  key: string;
  label: LocalizedText;
  questions: string[];
  domain?: LifeDomain;
  bands: ScoreBand[];
}

export interface InstrumentDefinition {
  sections: InstrumentSection[];
  scoring: ScoringRule[];
}
