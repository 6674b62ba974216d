import { allQuestions, askedQuestions, type Answers, type InstrumentDefinition, type Question } from '@waymark/shared/types';

/** The instrument's definition as the API sends it (JSON it validated when the revision was written). */
export function definitionOf(instrument: { definition: unknown }): InstrumentDefinition {
  const definition = instrument.definition as Partial<InstrumentDefinition> | null;
  return { sections: definition?.sections ?? [], scoring: definition?.scoring ?? [] };
}

/** Every question of the definition by key. */
export function questionsByKey(definition: InstrumentDefinition): Map<string, Question> {
  return new Map(allQuestions(definition).map((question) => [question.key, question]));
}

/** The element that holds a question in the runner, for links to it ("answer this one"). */
export function questionElementId(key: string): string {
  return `question-${key}`;
}

export function sectionElementId(key: string): string {
  return `section-${key}`;
}

/** The answers as the API reads them (JSON by question key). */
export function answersOf(assessment: { answers: unknown }): Answers {
  const answers = assessment.answers;
  return answers && typeof answers === 'object' && !Array.isArray(answers) ? (answers as Answers) : {};
}

/**
 * The answers without those to questions skip logic now hides: what completing sends, so an
 * answer given before a change of mind does not stay on the record unseen.
 */
export function askedAnswers(definition: InstrumentDefinition, answers: Answers): Answers {
  const asked = new Set(askedQuestions(definition, answers).map((question) => question.key));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => asked.has(key)));
}
