import { type Answers, definitionProblems, findNeeds, LifeDomain, missingRequired, scoreAnswers } from '@waymark/shared/types';
import { DISCHARGE_SURVEY, FUNCTIONAL, PSYCHOSOCIAL, SOCIAL_NEEDS, STARTER_INSTRUMENTS } from './index';

/** Every LocalizedText in a definition, found by shape. */
function texts(value: unknown): { en: string; es?: string }[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record['en'] === 'string') return [record as { en: string; es?: string }];
  return Object.values(record).flatMap(texts);
}

const bandOf = (definition: typeof SOCIAL_NEEDS, answers: Answers, rule: string) => scoreAnswers(definition, answers).find((score) => score.key === rule);

describe('starter instruments', () => {
  it('are the four codes the demo programs require, each a definition the API would accept', () => {
    expect(STARTER_INSTRUMENTS.map((instrument) => instrument.code)).toEqual(['PSYCHOSOCIAL', 'SOCIAL_NEEDS', 'FUNCTIONAL', 'DISCHARGE_SURVEY']);
    for (const { code, definition } of STARTER_INSTRUMENTS) expect({ code, problems: definitionProblems(definition) }).toEqual({ code, problems: [] });
  });

  it('read in English and Spanish throughout', () => {
    for (const { code, definition } of STARTER_INSTRUMENTS) {
      const untranslated = texts(definition).filter((text) => !text.es?.trim());
      expect({ code, untranslated }).toEqual({ code, untranslated: [] });
    }
  });

  it("give each scoring rule bands that cover every total its questions can reach, so a completed assessment always lands in one", () => {
    for (const { code, definition } of STARTER_INSTRUMENTS) {
      const questions = new Map(definition.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
      for (const rule of definition.scoring) {
        const most = rule.questions.reduce((sum, key) => {
          const question = questions.get(key);
          if (question?.scale) return sum + question.scale.max;
          if (question?.type === 'YES_NO') return sum + 1;
          const scores = (question?.options ?? []).map((option) => option.score ?? 0);
          return sum + (question?.type === 'MULTIPLE_CHOICE' ? scores.reduce((a, b) => a + b, 0) : Math.max(0, ...scores));
        }, 0);
        const least = rule.questions.reduce((sum, key) => sum + (questions.get(key)?.scale?.min ?? 0), 0);
        const bands = [...rule.bands].sort((a, b) => a.min - b.min);
        expect({ code, rule: rule.key, from: bands[0].min, to: bands[bands.length - 1].max }).toEqual({ code, rule: rule.key, from: least, to: most });
        bands.slice(1).forEach((band, i) => expect({ code, rule: rule.key, gapAfter: bands[i].max + 1 }).toEqual({ code, rule: rule.key, gapAfter: band.min }));
      }
    }
  });

  it('social needs: a household behind on rent, short of food and facing a shut-off scores "several needs" with a need in each domain', () => {
    const answers: Answers = {
      housing_situation: 'AT_RISK',
      housing_problems: ['MOLD'],
      food_worry: 'SOMETIMES',
      food_ran_out: 'NEVER',
      transport_barrier: false,
      utility_shutoff: 'THREATENED',
      feels_safe: 'YES',
      harmed_by_someone: false,
      paying_basics: 'SOMEWHAT_HARD',
      work_situation: 'LOOKING',
    };
    expect(missingRequired(SOCIAL_NEEDS, answers)).toEqual([]);
    const total = bandOf(SOCIAL_NEEDS, answers, 'social_needs_total');
    expect(total).toMatchObject({ total: 2 + 1 + 1 + 2 + 1, answered: 9, band: { label: { en: 'Several needs' } } });
    expect(findNeeds(SOCIAL_NEEDS, answers).map((need) => `${need.domain}:${need.source}`)).toEqual([
      'HOUSING:housing_situation',
      'HOUSING:housing_problems',
      'FOOD:food_worry',
      'UTILITIES:utility_shutoff',
      'INCOME:paying_basics',
      'EMPLOYMENT:work_situation',
    ]);
  });

  it('social needs: someone without a home is not asked about problems with the place they live, and scores no need where they have none', () => {
    const unhoused: Answers = {
      housing_situation: 'UNHOUSED',
      housing_problems: ['PESTS', 'MOLD'],
      food_worry: 'NEVER',
      food_ran_out: 'NEVER',
      transport_barrier: true,
      utility_shutoff: 'NO',
      feels_safe: 'UNSURE',
      harmed_by_someone: false,
      paying_basics: 'NOT_HARD',
    };
    expect(bandOf(SOCIAL_NEEDS, unhoused, 'social_needs_total')).toMatchObject({ total: 3 + 1 + 1, band: { label: { en: 'Several needs' } } });
    const none = { ...unhoused, housing_situation: 'STABLE', housing_problems: [], transport_barrier: false, feels_safe: 'YES' };
    expect(bandOf(SOCIAL_NEEDS, none, 'social_needs_total')).toMatchObject({ total: 0, band: { label: { en: 'No needs found' } } });
    expect(findNeeds(SOCIAL_NEEDS, none)).toEqual([]);
  });

  it('functional: low daily-living and community ratings land in the bands that mark a need, communication in its own', () => {
    const answers: Answers = {
      personal_care: 3,
      meals: 1,
      housekeeping: 2,
      medications: 1,
      money: 0,
      expressing_needs: 4,
      understanding: 3,
      phone_and_messages: 3,
      getting_around: 1,
      shopping: 2,
      community_safety: 2,
      appointments: 1,
      risk_behaviours: false,
      information_sources: ['SELF', 'FAMILY'],
    };
    expect(missingRequired(FUNCTIONAL, answers)).toEqual([]);
    const scores = Object.fromEntries(scoreAnswers(FUNCTIONAL, answers).map((s) => [s.key, { total: s.total, band: s.band?.label.en, need: s.band?.need ?? false }]));
    expect(scores).toEqual({
      daily_living_score: { total: 7, band: 'Needs extensive support', need: true },
      communication_score: { total: 10, band: 'Mostly on their own', need: false },
      community_score: { total: 6, band: 'Needs some support', need: true },
      functional_total: { total: 23, band: 'Support in several areas', need: false },
    });
    expect(findNeeds(FUNCTIONAL, answers)).toEqual([
      { domain: LifeDomain.DAILY_LIVING, source: 'daily_living_score', label: FUNCTIONAL.scoring[0].label },
      { domain: LifeDomain.DAILY_LIVING, source: 'community_score', label: FUNCTIONAL.scoring[2].label },
    ]);
  });

  it('functional: a behaviour that puts someone at risk needs its details before the assessment can be completed', () => {
    const ratings = Object.fromEntries(FUNCTIONAL.scoring[3].questions.map((key) => [key, 4]));
    expect(missingRequired(FUNCTIONAL, { ...ratings, risk_behaviours: true, information_sources: ['OBSERVED'] })).toEqual(['risk_behaviours_details']);
    expect(findNeeds(FUNCTIONAL, { ...ratings, risk_behaviours: true }).map((need) => need.domain)).toEqual([LifeDomain.SAFETY]);
  });

  it('psychosocial: skip logic asks only what follows from earlier answers, and the risky answers are needs', () => {
    const answers: Answers = {
      presenting_concern: 'Lost my job and my sister asked me to leave. I want my own place again.',
      prior_services: false,
      substance_use: 'NONE',
      household: 'Staying with a friend',
      caregiving: false,
      family_relationships: 'STRAINED',
      primary_care: false,
      last_checkup: 'OVER_TWO_YEARS',
      diagnosis_known: false,
      current_mood: 2,
      thoughts_of_harm: false,
      support_people: 'NONE',
    };
    expect(missingRequired(PSYCHOSOCIAL, answers)).toEqual([]);
    expect(missingRequired(PSYCHOSOCIAL, { ...answers, prior_services: true, thoughts_of_harm: true })).toEqual(['prior_service_kinds', 'safety_plan_made']);
    expect(findNeeds(PSYCHOSOCIAL, answers).map((need) => `${need.domain}:${need.source}`)).toEqual([
      'FAMILY:family_relationships',
      'PHYSICAL_HEALTH:primary_care',
      'PHYSICAL_HEALTH:last_checkup',
      'MENTAL_HEALTH:current_mood',
      'SOCIAL_SUPPORT:support_people',
    ]);
  });

  it('discharge survey: ratings sum to a satisfaction band, and help still needed is a need to act on', () => {
    const answers: Answers = { overall: 4, listened: 5, took_part: 4, reached_goals: 3, respected: 5, would_recommend: 4, doing_now: 'BETTER', unmet_help: true };
    expect(missingRequired(DISCHARGE_SURVEY, answers)).toEqual(['unmet_help_details']);
    expect(scoreAnswers(DISCHARGE_SURVEY, answers)[0]).toMatchObject({ total: 25, answered: 6, band: { label: { en: 'Satisfied' } } });
    expect(findNeeds(DISCHARGE_SURVEY, answers).map((need) => need.domain)).toEqual([LifeDomain.SOCIAL_SUPPORT]);
  });
});
