import type { InstrumentDefinition } from './instrument';
import { answersProblems, definitionProblems, isValidDefinition } from './instrument-validation';

const t = (en: string) => ({ en });

const valid = (): InstrumentDefinition => ({
  sections: [
    {
      key: 'home',
      title: { en: 'Home', es: 'Hogar' },
      questions: [
        { key: 'housing', type: 'SINGLE_CHOICE', label: t('Housing'), required: true, domains: ['HOUSING'], options: [{ value: 'stable', label: t('Stable'), score: 0 }, { value: 'none', label: t('None'), score: 3 }], needIf: { equals: 'none' } },
        { key: 'since', type: 'DATE', label: t('Since'), required: false, domains: ['HOUSING'], showIf: { question: 'housing', equals: 'none' } },
        { key: 'coping', type: 'SCALE', label: t('Coping'), required: true, domains: ['MENTAL_HEALTH'], scale: { min: 1, max: 5 } },
      ],
    },
  ],
  scoring: [{ key: 'total', label: t('Total'), questions: ['housing', 'coping'], domain: 'HOUSING', bands: [{ min: 0, max: 4, label: t('Low') }, { min: 5, max: 8, label: t('High'), need: true }] }],
});

/** The definition with one change, made by `edit` on a copy. */
function edited(edit: (definition: any) => void): unknown {
  const definition = structuredClone(valid());
  edit(definition);
  return definition;
}

describe('instrument definition checks', () => {
  it('passes a sound definition', () => {
    expect(definitionProblems(valid())).toEqual([]);
    expect(isValidDefinition(valid())).toBe(true);
    // As an editor gets it back over GraphQL: a missing Spanish text as null.
    expect(definitionProblems(edited((d) => (d.sections[0].title = { en: 'Home', es: null })))).toEqual([]);
  });

  it('needs sections of questions and a scoring list', () => {
    expect(definitionProblems(null)).toEqual([{ field: 'definition', message: 'must be an object with sections and scoring' }]);
    expect(definitionProblems({ sections: [] })).toEqual([
      { field: 'sections', message: 'must list at least one section' },
      { field: 'scoring', message: 'must list scoring rules (may be empty)' },
    ]);
    expect(definitionProblems(edited((d) => ((d.sections[0].questions = []), (d.scoring = []))))).toEqual([{ field: 'sections.0.questions', message: 'must list at least one question' }]);
  });

  it('names a question key used twice, across sections too', () => {
    const problems = definitionProblems(edited((d) => d.sections.push({ key: 'more', title: t('More'), questions: [{ ...d.sections[0].questions[2] }] })));
    expect(problems).toEqual([{ field: 'sections.1.questions.0.key', message: '"coping" is used by another question' }]);
  });

  it('refuses keys that are not plain identifiers', () => {
    expect(definitionProblems(edited((d) => (d.sections[0].questions[2].key = 'how are you')))).toContainEqual({
      field: 'sections.0.questions.2.key',
      message: 'must start with a letter and hold only letters, digits and _ (at most 64)',
    });
  });

  it('needs options for a choice question, each value once', () => {
    expect(definitionProblems(edited((d) => delete d.sections[0].questions[0].options))).toContainEqual({ field: 'sections.0.questions.0.options', message: 'a choice question needs options' });
    expect(definitionProblems(edited((d) => (d.sections[0].questions[0].options[1].value = 'stable')))).toContainEqual({
      field: 'sections.0.questions.0.options.1.value',
      message: '"stable" is used by another option',
    });
  });

  it('needs a whole-number scale with min below max for a scale question', () => {
    expect(definitionProblems(edited((d) => delete d.sections[0].questions[2].scale))).toEqual([{ field: 'sections.0.questions.2.scale', message: 'a scale question needs a scale (min and max)' }]);
    expect(definitionProblems(edited((d) => (d.sections[0].questions[2].scale = { min: 5, max: 5 })))).toEqual([
      { field: 'sections.0.questions.2.scale', message: 'min and max must be whole numbers, min below max' },
    ]);
  });

  it('refuses an unknown type, a missing label and an unknown domain', () => {
    const problems = definitionProblems(
      edited((d) => {
        d.sections[0].questions[2].type = 'ESSAY';
        d.sections[0].questions[2].label = { es: 'Solo español' };
        d.sections[0].questions[2].domains = ['WEATHER'];
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['sections.0.questions.2.type', 'sections.0.questions.2.label', 'sections.0.questions.2.domains']);
  });

  it('lets showIf name only an earlier question', () => {
    expect(definitionProblems(edited((d) => (d.sections[0].questions[1].showIf.question = 'coping')))).toEqual([
      { field: 'sections.0.questions.1.showIf.question', message: 'must name an earlier question' },
    ]);
    expect(definitionProblems(edited((d) => (d.sections[0].questions[1].showIf = { question: 'housing' })))).toEqual([
      { field: 'sections.0.questions.1.showIf', message: 'must state equals, oneOf, atLeast or atMost' },
    ]);
  });

  it('lets scoring count only questions of the instrument', () => {
    expect(definitionProblems(edited((d) => d.scoring[0].questions.push('ghost')))).toEqual([{ field: 'scoring.0.questions', message: '"ghost" is not a question of this instrument' }]);
  });

  it("refuses overlapping bands, a rule named like a question, and a need band without the rule's domain", () => {
    expect(definitionProblems(edited((d) => (d.scoring[0].bands[1].min = 4)))).toEqual([{ field: 'scoring.0.bands.1', message: 'overlaps another band' }]);
    expect(definitionProblems(edited((d) => (d.scoring[0].key = 'housing')))).toEqual([{ field: 'scoring.0.key', message: '"housing" is a question\'s key' }]);
    expect(definitionProblems(edited((d) => delete d.scoring[0].domain))).toEqual([
      { field: 'scoring.0.bands.1.need', message: "a band that marks a need needs the rule's domain" },
    ]);
  });
});

describe('answers sent for a draft', () => {
  it('names each answer its question cannot take, and each unknown question', () => {
    expect(answersProblems(valid(), { housing: 'castle', coping: 9, since: 12, mood: 'ok' })).toEqual([
      { field: 'housing', message: 'must be one of the options' },
      { field: 'coping', message: 'must be a whole number from 1 to 5' },
      { field: 'since', message: 'must be a date (YYYY-MM-DD)' },
      { field: 'mood', message: 'is not a question of this instrument' },
    ]);
  });

  it('accepts fitting answers and null to clear one', () => {
    expect(answersProblems(valid(), { housing: 'none', coping: 3, since: null })).toEqual([]);
  });

  it('refuses values no question takes (objects, lists of numbers)', () => {
    expect(answersProblems(valid(), { housing: { value: 'none' }, coping: [3] })).toEqual([
      { field: 'housing', message: 'must be text, a number, yes/no or a list of options' },
      { field: 'coping', message: 'must be text, a number, yes/no or a list of options' },
    ]);
  });
});
