import { type Answers, askedQuestions, type InstrumentDefinition, type LifeDomain } from '@waymark/shared/types';
import type { ProgramCode } from './demo-programs';
import type { Random } from './random';

/** How likely a client of each program is to have a need in each domain. */
const NEED_ODDS: Record<ProgramCode, Partial<Record<LifeDomain, number>>> = {
  HCBS: { DAILY_LIVING: 0.85, PHYSICAL_HEALTH: 0.5, TRANSPORTATION: 0.4, SOCIAL_SUPPORT: 0.35, INCOME: 0.3, FOOD: 0.25, SAFETY: 0.15, UTILITIES: 0.15 },
  FC: { FAMILY: 0.8, MENTAL_HEALTH: 0.4, PHYSICAL_HEALTH: 0.3, SOCIAL_SUPPORT: 0.3, SAFETY: 0.15 },
  SHL: { DAILY_LIVING: 0.9, SOCIAL_SUPPORT: 0.5, INCOME: 0.4, EMPLOYMENT: 0.3, TRANSPORTATION: 0.3, PHYSICAL_HEALTH: 0.2 },
  BH: { MENTAL_HEALTH: 0.85, INCOME: 0.5, HOUSING: 0.4, SUBSTANCE_USE: 0.35, FOOD: 0.35, TRANSPORTATION: 0.35, EMPLOYMENT: 0.3, SOCIAL_SUPPORT: 0.3, PHYSICAL_HEALTH: 0.3, FAMILY: 0.25, UTILITIES: 0.15, SAFETY: 0.1 },
  DCM: { HOUSING: 0.8, INCOME: 0.6, FOOD: 0.4, TRANSPORTATION: 0.4, UTILITIES: 0.3, EMPLOYMENT: 0.3, MENTAL_HEALTH: 0.2 },
};

/** Who the client is, as far as their answers go. */
export interface AnswerSubject {
  program: ProgramCode;
  age: number;
  unhoused: boolean;
  /** The domains the client has needs in: answers are drawn to show exactly these. */
  needs: Set<LifeDomain>;
}

/** The domains a client of the program has needs in: at least two. */
export function drawNeeds(r: Random, program: ProgramCode, unhoused: boolean): Set<LifeDomain> {
  const odds = Object.entries(NEED_ODDS[program]) as [LifeDomain, number][];
  const needs = new Set(odds.filter(([, chance]) => r.chance(chance)).map(([domain]) => domain));
  if (unhoused && program !== 'FC') needs.add('HOUSING');
  for (const [domain] of r.sample(odds, odds.length)) if (needs.size < 2) needs.add(domain);
  return needs;
}

const PRESENTING: Record<ProgramCode, readonly string[]> = {
  HCBS: [
    'Fell twice at home this spring; daughter worries about me living alone.',
    'Home from the hospital after a stroke and needs help with bathing and meals.',
    'Wants to stay in own home instead of moving to a nursing facility.',
  ],
  FC: [
    'Placed with a resource family after removal from home; adjusting to a new school.',
    'Turning 18 and choosing extended foster care; wants to finish high school.',
    'Second placement this year; caregiver asked for more support with behavior at home.',
  ],
  SHL: [
    'Wants to live in own apartment with support instead of a group home.',
    'Moving out of parents’ home; needs help with routines, money and getting around.',
    'Lives alone with staff support; recent missed medications and bills.',
  ],
  BH: [
    'Depression getting worse; stopped going to work and sleeping most of the day.',
    'Finished detox last month and wants help staying sober.',
    'Ran out of medication and hearing voices again; referred by the crisis team.',
    'Anxiety makes it hard to leave the house; behind on rent.',
  ],
  DCM: [
    'House damaged in the wildfire; family of four staying in a motel.',
    'Lost job when the plant flooded; behind on rent and the car payment.',
    'Apartment condemned after the storm; FEMA application denied for missing documents.',
  ],
};

const HOUSEHOLDS = ['Lives alone', 'Spouse and two children', 'Adult daughter', 'Resource family (two parents, one other foster youth)', 'Roommate', 'Mother and younger brother', 'Partner'];
const STRENGTHS = [
  'Good sense of humor; keeps trying when things get hard.',
  'Close to my church; good cook; I know how to ask for help now.',
  'Loves art and music; very good with younger children.',
  'Hard worker; reliable when I have a plan; my kids keep me going.',
  'Knows the bus routes; remembers everyone’s birthday.',
];
export const CLIENT_VISIONS = [
  'In a year I want to be living in my own place and working again.',
  'I want to stay in my home and keep my independence.',
  'I want my family together and our life back to normal.',
  'I want to feel like myself again and be there for my kids.',
  'I want to finish school and live on my own.',
];

function pickScale(r: Random, low: boolean, lowRange: [number, number], highRange: [number, number]): number {
  return low ? r.int(...lowRange) : r.int(...highRange);
}

/** A completed social needs screener showing the client's needs in its domains. */
function socialNeeds(r: Random, s: AnswerSubject): Answers {
  const has = (domain: LifeDomain) => s.needs.has(domain);
  const situation = s.unhoused ? 'UNHOUSED' : has('HOUSING') ? r.pick(['AT_RISK', 'DOUBLED_UP', 'AT_RISK']) : 'STABLE';
  const foodOften = has('FOOD') ? r.pick(['OFTEN', 'SOMETIMES']) : 'NEVER';
  const employed = s.age >= 65 ? 'RETIRED' : r.pick(['FULL_TIME', 'PART_TIME', 'UNABLE', 'STUDENT_OR_CAREGIVER']);
  return {
    housing_situation: situation,
    housing_problems: has('HOUSING') && situation !== 'UNHOUSED' && r.chance(0.4) ? r.sample(['PESTS', 'MOLD', 'NO_HEAT', 'LEAKS', 'NO_SMOKE_ALARM'], r.int(1, 2)) : null,
    food_worry: foodOften,
    food_ran_out: has('FOOD') ? r.pick(['SOMETIMES', 'NEVER']) : 'NEVER',
    food_benefits: has('FOOD') || has('INCOME') ? r.chance(0.5) : r.chance(0.2),
    transport_barrier: has('TRANSPORTATION'),
    utility_shutoff: has('UTILITIES') ? r.pick(['THREATENED', 'THREATENED', 'SHUT_OFF']) : 'NO',
    feels_safe: has('SAFETY') ? r.pick(['UNSURE', 'NO']) : 'YES',
    harmed_by_someone: has('SAFETY') && r.chance(0.5),
    paying_basics: has('INCOME') ? r.pick(['SOMEWHAT_HARD', 'VERY_HARD']) : 'NOT_HARD',
    work_situation: has('EMPLOYMENT') ? 'LOOKING' : employed,
    wants_help_with: [...s.needs].filter((domain) => ['HOUSING', 'FOOD', 'TRANSPORTATION', 'UTILITIES', 'SAFETY', 'INCOME', 'EMPLOYMENT'].includes(domain)),
  };
}

/** A completed psychosocial intake consistent with the client's needs. */
function psychosocial(r: Random, s: AnswerSubject): Answers {
  const has = (domain: LifeDomain) => s.needs.has(domain);
  const priorServices = has('MENTAL_HEALTH') || has('SUBSTANCE_USE') ? r.chance(0.8) : r.chance(0.15);
  const substance = has('SUBSTANCE_USE') ? 'CONCERNING' : r.pick(['NONE', 'NONE', 'PAST_ONLY', 'OCCASIONAL']);
  const diagnosed = has('MENTAL_HEALTH') ? r.chance(0.85) : r.chance(0.15);
  const noDoctor = has('PHYSICAL_HEALTH') && r.chance(0.6);
  const harm = has('MENTAL_HEALTH') && has('SAFETY') && r.chance(0.4);
  const support = has('SOCIAL_SUPPORT') ? 'NONE' : r.pick(['ONE', 'TWO_TO_THREE', 'TWO_TO_THREE', 'FOUR_OR_MORE']);
  return {
    presenting_concern: r.pick(PRESENTING[s.program]),
    hoped_for_change: r.chance(0.7) ? r.pick(CLIENT_VISIONS) : null,
    prior_services: priorServices,
    prior_service_kinds: priorServices ? r.sample(['OUTPATIENT_COUNSELING', 'MEDICATION_MANAGEMENT', 'INPATIENT', 'SUBSTANCE_USE_TREATMENT', 'CRISIS'], r.int(1, 3)) : null,
    prior_service_details: priorServices && r.chance(0.6) ? 'Saw a counselor at the county clinic for about a year; says the groups helped more than medication.' : null,
    substance_use: substance,
    substance_use_details: substance === 'CONCERNING' ? 'Drinking most days; says it is to sleep. Wants to cut back.' : substance === 'OCCASIONAL' ? 'Drinks socially on weekends.' : null,
    household: s.unhoused ? 'Staying in the shelter; no fixed household' : r.pick(HOUSEHOLDS),
    caregiving: s.age >= 21 && s.age < 70 && r.chance(0.35),
    family_relationships: has('FAMILY') ? 'STRAINED' : r.pick(['SUPPORTIVE', 'SUPPORTIVE', 'MIXED', 'NO_CONTACT']),
    family_history: r.chance(0.3),
    primary_care: !noDoctor,
    last_checkup: has('PHYSICAL_HEALTH') && !noDoctor ? 'OVER_TWO_YEARS' : noDoctor ? r.pick(['OVER_TWO_YEARS', 'NOT_SURE']) : r.pick(['WITHIN_YEAR', 'ONE_TO_TWO_YEARS']),
    health_conditions: r.chance(s.age >= 50 ? 0.8 : 0.3) ? r.sample(['DIABETES', 'HEART', 'LUNG', 'CHRONIC_PAIN', 'MOBILITY', 'SENSORY'], r.int(1, 3)) : null,
    medications: r.chance(0.6) ? 'See medication list from the pharmacy; prescribed by primary care and the county psychiatrist.' : null,
    diagnosis_known: diagnosed,
    diagnoses: diagnosed ? r.pick(['Major depressive disorder', 'Generalized anxiety disorder', 'Bipolar disorder', 'PTSD', 'Schizoaffective disorder']) : null,
    hospital_stays: diagnosed ? (has('MENTAL_HEALTH') ? r.int(0, 3) : 0) : null,
    current_mood: pickScale(r, has('MENTAL_HEALTH'), [1, 2], [3, 5]),
    thoughts_of_harm: harm,
    safety_plan_made: harm ? true : null,
    support_people: support,
    support_who: support === 'NONE' ? null : r.pick(['Sister who lives nearby', 'A neighbor and a friend from church', 'Resource mom and grandmother', 'Adult son; AA sponsor']),
    community_ties: r.chance(0.6) ? r.sample(['FAITH', 'PEER_GROUP', 'COMMUNITY_GROUP', 'WORK_OR_SCHOOL', 'NEIGHBORS'], r.int(1, 2)) : null,
    strengths: r.pick(STRENGTHS),
  };
}

/** A completed functional assessment: low ratings where the client needs support. */
function functional(r: Random, s: AnswerSubject): Answers {
  const dailyLow = s.needs.has('DAILY_LIVING');
  const talkLow = s.needs.has('SOCIAL_SUPPORT') && s.program === 'SHL';
  const rate = (low: boolean, keys: string[], lowRange: [number, number]) => Object.fromEntries(keys.map((key) => [key, pickScale(r, low, lowRange, [3, 4])]));
  const risky = s.needs.has('SAFETY');
  return {
    ...rate(dailyLow, ['personal_care', 'meals', 'housekeeping', 'medications', 'money'], [0, 2]),
    ...rate(talkLow, ['expressing_needs', 'understanding', 'phone_and_messages'], [1, 2]),
    ...rate(dailyLow, ['getting_around', 'shopping', 'community_safety', 'appointments'], [1, 2]),
    risk_behaviours: risky,
    risk_behaviours_details: risky ? 'Leaves the house at night without telling staff, about twice a month; a check-in call before bed helps.' : null,
    current_supports: r.pick(['Mother helps with meals and bills', 'In-home support staff 20 hours a week', 'Pill organizer filled weekly by the pharmacy', 'Neighbor drives to appointments']),
    information_sources: r.sample(['SELF', 'FAMILY', 'STAFF', 'OBSERVED', 'RECORDS'], r.int(1, 3)),
  };
}

/** A post-discharge survey: most are satisfied; some still need help. */
function dischargeSurvey(r: Random): Answers {
  const unhappy = r.chance(0.15);
  const rating = () => (unhappy ? r.int(1, 3) : r.int(4, 5));
  const unmet = r.chance(unhappy ? 0.6 : 0.1);
  return {
    overall: rating(),
    listened: rating(),
    took_part: rating(),
    reached_goals: rating(),
    respected: rating(),
    would_recommend: rating(),
    doing_now: unhappy ? r.pick(['ABOUT_THE_SAME', 'WORSE']) : r.pick(['BETTER', 'BETTER', 'ABOUT_THE_SAME']),
    unmet_help: unmet,
    unmet_help_details: unmet ? r.pick(['Help with the electric bill again.', 'Finding a new counselor after moving.', 'A ride to dialysis.']) : null,
    do_better: unhappy ? 'Return calls sooner; I waited a week to hear back.' : r.chance(0.3) ? 'Nothing, you were great.' : null,
  };
}

const BY_CODE: Record<string, (r: Random, s: AnswerSubject) => Answers> = {
  SOCIAL_NEEDS: socialNeeds,
  PSYCHOSOCIAL: psychosocial,
  FUNCTIONAL: functional,
  DISCHARGE_SURVEY: (r) => dischargeSurvey(r),
};

/**
 * Answers to an instrument as a completed assessment keeps them: only the questions the skip
 * logic asks, and only those answered (as the API stores them on completion).
 */
export function answersFor(r: Random, code: string, definition: InstrumentDefinition, subject: AnswerSubject): Answers {
  const drawn = BY_CODE[code](r, subject);
  const kept = askedQuestions(definition, drawn).filter((question) => {
    const value = drawn[question.key];
    return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
  return Object.fromEntries(kept.map((question) => [question.key, drawn[question.key]]));
}

/** The first answers a draft holds: the sections done before the worker was called away. */
export function partialAnswers(answers: Answers, keys: number): Answers {
  return Object.fromEntries(Object.entries(answers).slice(0, keys));
}
