import {
  answerProblem,
  askedQuestions,
  compareAnswers,
  findNeeds,
  isAsked,
  meetsCondition,
  missingRequired,
  scoreAnswers,
} from './assessment-answers';
import type { InstrumentDefinition, Question } from './instrument';

const t = (en: string) => ({ en });

/** A small screening: housing with a follow-up shown only when unstable, food on a scale, and a total with bands. */
const screening: InstrumentDefinition = {
  sections: [
    {
      key: 'home',
      title: t('Home'),
      questions: [
        {
          key: 'housing',
          type: 'SINGLE_CHOICE',
          label: t('Where do you live?'),
          required: true,
          domains: ['HOUSING'],
          options: [
            { value: 'stable', label: t('Stable'), score: 0 },
            { value: 'unstable', label: t('Unstable'), score: 2 },
            { value: 'none', label: t('No home'), score: 4 },
          ],
          needIf: { oneOf: ['unstable', 'none'] },
        },
        { key: 'eviction', type: 'DATE', label: t('Eviction date'), required: true, domains: ['HOUSING'], showIf: { question: 'housing', equals: 'unstable' } },
        { key: 'evictionNotice', type: 'YES_NO', label: t('Written notice?'), required: true, domains: ['HOUSING'], showIf: { question: 'eviction', equals: '2030-01-01' } },
      ],
    },
    {
      key: 'food',
      title: t('Food'),
      questions: [
        { key: 'meals', type: 'SCALE', label: t('Meals missed a week'), required: true, domains: ['FOOD'], scale: { min: 0, max: 7 }, needIf: { atLeast: 3 } },
        { key: 'help', type: 'MULTIPLE_CHOICE', label: t('Help used'), required: false, domains: ['FOOD'], options: [{ value: 'pantry', label: t('Pantry'), score: 1 }, { value: 'snap', label: t('SNAP'), score: 1 }] },
        { key: 'hungry', type: 'YES_NO', label: t('Hungry today?'), required: false, domains: ['FOOD'] },
        { key: 'people', type: 'NUMBER', label: t('People at home'), required: false, domains: ['FAMILY'] },
        { key: 'notes', type: 'TEXT', label: t('Notes'), required: false, domains: [] },
      ],
    },
  ],
  scoring: [
    {
      key: 'risk',
      label: t('Risk'),
      questions: ['housing', 'meals', 'hungry', 'help'],
      domain: 'SAFETY',
      bands: [
        { min: 0, max: 3, label: t('Low') },
        { min: 4, max: 7, label: t('Moderate') },
        { min: 8, max: 100, label: t('High'), need: true },
      ],
    },
  ],
};

const question = (key: string): Question => screening.sections.flatMap((s) => s.questions).find((q) => q.key === key) as Question;

describe('assessment answers', () => {
  describe('conditions', () => {
    it('holds only when every stated part holds', () => {
      expect(meetsCondition({ equals: 'a' }, 'a')).toBe(true);
      expect(meetsCondition({ equals: 'a' }, 'b')).toBe(false);
      expect(meetsCondition({ oneOf: ['a', 'b'] }, 'b')).toBe(true);
      expect(meetsCondition({ atLeast: 3, atMost: 5 }, 4)).toBe(true);
      expect(meetsCondition({ atLeast: 3, atMost: 5 }, 6)).toBe(false);
      expect(meetsCondition({ equals: true }, false)).toBe(false);
    });

    it('matches any chosen value of a multiple choice', () => {
      expect(meetsCondition({ equals: 'snap' }, ['pantry', 'snap'])).toBe(true);
      expect(meetsCondition({ oneOf: ['x'] }, ['pantry'])).toBe(false);
    });

    it('is never met by an unanswered question', () => {
      for (const empty of [null, undefined, '', '  ', []]) expect(meetsCondition({ atMost: 10 }, empty as never)).toBe(false);
    });
  });

  describe('skip logic', () => {
    it('asks a follow-up only when the answer it depends on meets its condition', () => {
      expect(isAsked(screening, question('eviction'), {})).toBe(false);
      expect(isAsked(screening, question('eviction'), { housing: 'stable' })).toBe(false);
      expect(isAsked(screening, question('eviction'), { housing: 'unstable' })).toBe(true);
    });

    it('hides a question whose parent is hidden, even if a stale answer would show it', () => {
      const stale = { housing: 'stable', eviction: '2030-01-01' };
      expect(isAsked(screening, question('evictionNotice'), stale)).toBe(false);
      expect(isAsked(screening, question('evictionNotice'), { ...stale, housing: 'unstable' })).toBe(true);
    });

    it('lists the asked questions in the instrument order', () => {
      expect(askedQuestions(screening, { housing: 'unstable' }).map((q) => q.key)).toEqual(['housing', 'eviction', 'meals', 'help', 'hungry', 'people', 'notes']);
    });
  });

  describe('required questions', () => {
    it('names the asked required questions without an answer', () => {
      expect(missingRequired(screening, {})).toEqual(['housing', 'meals']);
      expect(missingRequired(screening, { housing: 'unstable', meals: 0 })).toEqual(['eviction']);
    });

    it('does not require a hidden question', () => {
      expect(missingRequired(screening, { housing: 'stable', meals: 2 })).toEqual([]);
    });

    it('counts blank text and an empty choice as unanswered, and zero or "no" as answered', () => {
      expect(missingRequired(screening, { housing: '  ', meals: 0 })).toEqual(['housing']);
      expect(missingRequired(screening, { housing: 'unstable', eviction: '2030-01-01', evictionNotice: false, meals: 0 })).toEqual([]);
    });
  });

  describe('answer checks', () => {
    it('accepts a fitting answer and an empty one (a draft)', () => {
      expect(answerProblem(question('housing'), 'none')).toBeNull();
      expect(answerProblem(question('housing'), null)).toBeNull();
      expect(answerProblem(question('help'), ['pantry', 'snap'])).toBeNull();
      expect(answerProblem(question('eviction'), '2030-02-28')).toBeNull();
      expect(answerProblem(question('people'), 2.5)).toBeNull();
    });

    it('refuses an option not in the list', () => {
      expect(answerProblem(question('housing'), 'castle')).toBe('must be one of the options');
      expect(answerProblem(question('help'), ['pantry', 'castle'])).toBe('must be some of the options, each once');
      expect(answerProblem(question('help'), ['pantry', 'pantry'])).toBe('must be some of the options, each once');
    });

    it('refuses a scale value out of range or not whole', () => {
      expect(answerProblem(question('meals'), 8)).toBe('must be a whole number from 0 to 7');
      expect(answerProblem(question('meals'), -1)).toBe('must be a whole number from 0 to 7');
      expect(answerProblem(question('meals'), 2.5)).toBe('must be a whole number from 0 to 7');
    });

    it('refuses a value of the wrong type', () => {
      expect(answerProblem(question('notes'), 5)).toBe('must be text');
      expect(answerProblem(question('hungry'), 'yes')).toBe('must be yes or no');
      expect(answerProblem(question('people'), '3')).toBe('must be a number');
      expect(answerProblem(question('eviction'), '2030-13-45')).toBe('must be a date (YYYY-MM-DD)');
      expect(answerProblem(question('eviction'), '1/2/2030')).toBe('must be a date (YYYY-MM-DD)');
    });
  });

  describe('scoring', () => {
    it('sums option scores, scale values, yes as one and chosen options, and finds the band', () => {
      const [risk] = scoreAnswers(screening, { housing: 'none', meals: 3, hungry: true, help: ['pantry'] });
      expect(risk).toMatchObject({ key: 'risk', total: 9, answered: 4, domain: 'SAFETY' });
      expect(risk.band?.label.en).toBe('High');
    });

    it('counts only asked and answered questions', () => {
      const [risk] = scoreAnswers(screening, { housing: 'stable', meals: 4, hungry: false });
      expect(risk).toMatchObject({ total: 4, answered: 3 });
      expect(risk.band?.label.en).toBe('Moderate');
    });

    it('falls in no band when the total is outside them all', () => {
      const [risk] = scoreAnswers({ ...screening, scoring: [{ ...screening.scoring[0], bands: [{ min: 5, max: 6, label: t('Mid') }] }] }, { housing: 'stable', meals: 1 });
      expect(risk.band).toBeNull();
    });
  });

  describe('needs', () => {
    it("finds a need in each of a question's domains when its answer meets needIf, and one for a band that marks a need", () => {
      expect(findNeeds(screening, { housing: 'none', meals: 3, hungry: true, help: ['pantry'] })).toEqual([
        { domain: 'HOUSING', source: 'housing', label: t('Where do you live?') },
        { domain: 'FOOD', source: 'meals', label: t('Meals missed a week') },
        { domain: 'SAFETY', source: 'risk', label: t('Risk') },
      ]);
    });

    it('finds none in answers that reveal none', () => {
      expect(findNeeds(screening, { housing: 'stable', meals: 2 })).toEqual([]);
    });
  });

  describe('comparison', () => {
    it('lists the questions answered differently, added or cleared, by key', () => {
      const before = { housing: 'unstable', meals: 4, help: ['pantry'], notes: '' };
      const after = { housing: 'stable', meals: 4, help: ['pantry'], people: 3 };
      expect(compareAnswers(before, after)).toEqual([
        { question: 'housing', before: 'unstable', after: 'stable' },
        { question: 'people', before: null, after: 3 },
      ]);
      expect(compareAnswers(after, { ...after, help: ['pantry', 'snap'], people: null })).toEqual([
        { question: 'help', before: ['pantry'], after: ['pantry', 'snap'] },
        { question: 'people', before: 3, after: null },
      ]);
    });
  });
});
