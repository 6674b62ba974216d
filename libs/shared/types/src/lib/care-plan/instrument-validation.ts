import { allQuestions, answerProblem } from './assessment-answers';
import type { AnswerValue, InstrumentDefinition } from './instrument';
import { QUESTION_TYPES, QuestionType } from './instrument';
import { LIFE_DOMAINS } from './life-domain';

/**
 * Checks an instrument definition an admin wrote before anyone answers it: the API refuses a
 * definition with problems, and an editor in the SPA can show the same list as the admin types.
 */
export interface DefinitionProblem {
  /** Where, as a path into the definition: `sections.0.questions.2.options`. */
  field: string;
  message: string;
}

/** Question and scoring keys: what answers are stored under and needs are traced to. */
export const INSTRUMENT_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** An instrument's code, written in capitals; programs require instruments by it (`requiredInstruments`). */
export const INSTRUMENT_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,39}$/;

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
// Spanish may be missing or null (as GraphQL sends a LocalizedText back to an editor).
const isLocalized = (value: unknown) => isObject(value) && typeof value['en'] === 'string' && value['en'].trim() !== '' && (value['es'] == null || typeof value['es'] === 'string');
const CHOICE_TYPES: unknown[] = [QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE];

class Problems {
  readonly list: DefinitionProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  /** A LocalizedText at `field`: English required, Spanish optional. */
  text(owner: Loose, name: string, path: string): void {
    if (!isLocalized(owner[name])) this.add(`${path}.${name}`, 'must have English text (en), and Spanish (es) only as text');
  }

  /** A key that is unique among `seen`. */
  key(value: unknown, path: string, seen: Set<string>, what: string): void {
    if (typeof value !== 'string' || !INSTRUMENT_KEY_PATTERN.test(value)) {
      this.add(`${path}.key`, 'must start with a letter and hold only letters, digits and _ (at most 64)');
    } else if (seen.has(value)) {
      this.add(`${path}.key`, `"${value}" is used by another ${what}`);
    } else {
      seen.add(value);
    }
  }

  condition(value: unknown, path: string): void {
    if (!isObject(value)) return this.add(path, 'must be a condition');
    const { equals, oneOf, atLeast, atMost } = value;
    if (equals === undefined && oneOf === undefined && atLeast === undefined && atMost === undefined) this.add(path, 'must state equals, oneOf, atLeast or atMost');
    if (equals !== undefined && !['string', 'number', 'boolean'].includes(typeof equals)) this.add(`${path}.equals`, 'must be text, a number or yes/no');
    if (oneOf !== undefined && !(Array.isArray(oneOf) && oneOf.length > 0 && oneOf.every((v) => typeof v === 'string'))) this.add(`${path}.oneOf`, 'must list option values');
    if (atLeast !== undefined && typeof atLeast !== 'number') this.add(`${path}.atLeast`, 'must be a number');
    if (atMost !== undefined && typeof atMost !== 'number') this.add(`${path}.atMost`, 'must be a number');
  }
}

function checkQuestion(question: unknown, path: string, problems: Problems, earlier: Set<string>, keys: Set<string>): void {
  if (!isObject(question)) return problems.add(path, 'must be a question');
  const key = question['key'];
  problems.key(key, path, keys, 'question');
  const type = question['type'];
  if (!QUESTION_TYPES.includes(type as QuestionType)) problems.add(`${path}.type`, `must be one of ${QUESTION_TYPES.join(', ')}`);
  problems.text(question, 'label', path);
  if (question['help'] !== undefined) problems.text(question, 'help', path);
  if (typeof question['required'] !== 'boolean') problems.add(`${path}.required`, 'must be true or false');
  const domains = question['domains'];
  if (!Array.isArray(domains) || !domains.every((domain) => LIFE_DOMAINS.includes(domain))) problems.add(`${path}.domains`, `must list life domains (${LIFE_DOMAINS.join(', ')})`);

  if (CHOICE_TYPES.includes(type)) checkOptions(question['options'], `${path}.options`, problems);
  if (type === QuestionType.SCALE) checkScale(question['scale'], `${path}.scale`, problems);

  const showIf = question['showIf'];
  if (showIf !== undefined) {
    problems.condition(showIf, `${path}.showIf`);
    const shownBy = isObject(showIf) ? showIf['question'] : undefined;
    if (typeof shownBy !== 'string' || !earlier.has(shownBy)) problems.add(`${path}.showIf.question`, 'must name an earlier question');
  }
  if (question['needIf'] !== undefined) {
    problems.condition(question['needIf'], `${path}.needIf`);
    if (Array.isArray(domains) && domains.length === 0) problems.add(`${path}.domains`, 'must name the domain a need is in');
  }
  if (typeof key === 'string') earlier.add(key);
}

function checkOptions(options: unknown, path: string, problems: Problems): void {
  if (!Array.isArray(options) || options.length === 0) return problems.add(path, 'a choice question needs options');
  const values = new Set<string>();
  options.forEach((option, index) => {
    const at = `${path}.${index}`;
    if (!isObject(option)) return problems.add(at, 'must be an option');
    const value = option['value'];
    if (typeof value !== 'string' || value.trim() === '') problems.add(`${at}.value`, 'must be text');
    else if (values.has(value)) problems.add(`${at}.value`, `"${value}" is used by another option`);
    else values.add(value);
    problems.text(option, 'label', at);
    if (option['score'] !== undefined && !(typeof option['score'] === 'number' && Number.isFinite(option['score']))) problems.add(`${at}.score`, 'must be a number');
  });
}

function checkScale(scale: unknown, path: string, problems: Problems): void {
  if (!isObject(scale)) return problems.add(path, 'a scale question needs a scale (min and max)');
  const { min, max } = scale;
  if (!Number.isInteger(min) || !Number.isInteger(max) || (min as number) >= (max as number)) problems.add(path, 'min and max must be whole numbers, min below max');
  if (scale['minLabel'] !== undefined) problems.text(scale, 'minLabel', path);
  if (scale['maxLabel'] !== undefined) problems.text(scale, 'maxLabel', path);
}

function checkRule(rule: unknown, path: string, problems: Problems, questionKeys: Set<string>, ruleKeys: Set<string>): void {
  if (!isObject(rule)) return problems.add(path, 'must be a scoring rule');
  const key = rule['key'];
  // Needs are traced to a question or a rule by key, so a rule may not share a question's.
  if (typeof key === 'string' && questionKeys.has(key)) problems.add(`${path}.key`, `"${key}" is a question's key`);
  else problems.key(key, path, ruleKeys, 'scoring rule');
  problems.text(rule, 'label', path);
  const counted = rule['questions'];
  if (!Array.isArray(counted) || counted.length === 0) problems.add(`${path}.questions`, 'must list the questions it counts');
  else counted.filter((name) => typeof name !== 'string' || !questionKeys.has(name)).forEach((name) => problems.add(`${path}.questions`, `"${String(name)}" is not a question of this instrument`));
  if (rule['domain'] !== undefined && !LIFE_DOMAINS.includes(rule['domain'] as never)) problems.add(`${path}.domain`, 'must be a life domain');
  checkBands(rule['bands'], `${path}.bands`, problems, rule['domain'] !== undefined);
}

function checkBands(bands: unknown, path: string, problems: Problems, hasDomain: boolean): void {
  if (!Array.isArray(bands)) return problems.add(path, 'must list score bands (may be empty)');
  const ranges: [number, number][] = [];
  bands.forEach((band, index) => {
    const at = `${path}.${index}`;
    if (!isObject(band)) return problems.add(at, 'must be a band');
    const { min, max } = band;
    if (typeof min !== 'number' || typeof max !== 'number' || min > max) problems.add(at, 'min and max must be numbers, min not above max');
    else if (ranges.some(([low, high]) => min <= high && max >= low)) problems.add(at, 'overlaps another band');
    else ranges.push([min, max]);
    problems.text(band, 'label', at);
    if (band['need'] !== undefined && typeof band['need'] !== 'boolean') problems.add(`${at}.need`, 'must be true or false');
    if (band['need'] === true && !hasDomain) problems.add(`${at}.need`, "a band that marks a need needs the rule's domain");
  });
}

/** Every problem of a definition, in the order an admin reads it; none means it can be published. */
export function definitionProblems(definition: unknown): DefinitionProblem[] {
  const problems = new Problems();
  if (!isObject(definition)) {
    problems.add('definition', 'must be an object with sections and scoring');
    return problems.list;
  }
  const questionKeys = new Set<string>();
  const earlier = new Set<string>();
  const sections = definition['sections'];
  if (!Array.isArray(sections) || sections.length === 0) problems.add('sections', 'must list at least one section');
  else {
    const sectionKeys = new Set<string>();
    sections.forEach((section, index) => {
      const path = `sections.${index}`;
      if (!isObject(section)) return problems.add(path, 'must be a section');
      problems.key(section['key'], path, sectionKeys, 'section');
      problems.text(section, 'title', path);
      const questions = section['questions'];
      if (!Array.isArray(questions) || questions.length === 0) return problems.add(`${path}.questions`, 'must list at least one question');
      questions.forEach((question, q) => checkQuestion(question, `${path}.questions.${q}`, problems, earlier, questionKeys));
    });
  }
  const scoring = definition['scoring'];
  if (!Array.isArray(scoring)) problems.add('scoring', 'must list scoring rules (may be empty)');
  else {
    const ruleKeys = new Set<string>();
    scoring.forEach((rule, index) => checkRule(rule, `scoring.${index}`, problems, questionKeys, ruleKeys));
  }
  return problems.list;
}

/** Whether `definition` is a valid instrument definition (narrows it for the caller). */
export function isValidDefinition(definition: unknown): definition is InstrumentDefinition {
  return definitionProblems(definition).length === 0;
}


/** The longest text answer kept: a paragraph or two, not a document. */
export const ANSWER_TEXT_MAX_LENGTH = 4000;

/**
 * What is wrong with answers sent for a draft, one problem per question, named by its key:
 * a key the instrument lacks, or a value its question cannot take (`answerProblem`). `null`
 * (clearing an answer) is always fine.
 */
export function answersProblems(definition: InstrumentDefinition, answers: Record<string, unknown>): DefinitionProblem[] {
  const questions = new Map(allQuestions(definition).map((question) => [question.key, question]));
  const problems: DefinitionProblem[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const question = questions.get(key);
    if (!question) {
      problems.push({ field: key, message: 'is not a question of this instrument' });
      continue;
    }
    const problem = isAnswerShape(value) ? answerProblem(question, value) : 'must be text, a number, yes/no or a list of options';
    if (problem) problems.push({ field: key, message: problem });
    else if (typeof value === 'string' && value.length > ANSWER_TEXT_MAX_LENGTH) problems.push({ field: key, message: `must be at most ${ANSWER_TEXT_MAX_LENGTH} characters` });
  }
  return problems;
}

function isAnswerShape(value: unknown): value is AnswerValue | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value) || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}
