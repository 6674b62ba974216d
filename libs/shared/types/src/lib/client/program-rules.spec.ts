import { ageOn } from './age';
import { EMPTY_PROGRAM_RULES, type EligibilityRules, normalizeProgramRules, screenEligibility } from './program-rules';

const rules = (patch: Partial<EligibilityRules>): EligibilityRules => ({ ...EMPTY_PROGRAM_RULES.eligibility, ...patch });
const facts = { age: 40, hasMedicaid: true, region: 'CA' };

describe('screenEligibility', () => {
  it('finds anyone eligible for a program without rules, whatever is unknown', () => {
    expect(screenEligibility(rules({}), { age: null, hasMedicaid: null, region: null })).toEqual({ outcome: 'ELIGIBLE', reasons: [] });
  });

  it('holds the age bounds inclusive', () => {
    const adults = rules({ minAge: 18, maxAge: 64 });
    expect(screenEligibility(adults, { ...facts, age: 18 }).outcome).toBe('ELIGIBLE');
    expect(screenEligibility(adults, { ...facts, age: 64 }).outcome).toBe('ELIGIBLE');
    expect(screenEligibility(adults, { ...facts, age: 17 })).toEqual({ outcome: 'INELIGIBLE', reasons: ['BELOW_MIN_AGE'] });
    expect(screenEligibility(adults, { ...facts, age: 65 })).toEqual({ outcome: 'INELIGIBLE', reasons: ['ABOVE_MAX_AGE'] });
  });

  it('asks for review when a fact a rule needs is unknown', () => {
    const strict = rules({ minAge: 18, requiresMedicaid: true, residencyRegions: ['CA'] });
    expect(screenEligibility(strict, { age: null, hasMedicaid: null, region: '  ' })).toEqual({
      outcome: 'NEEDS_REVIEW',
      reasons: ['AGE_UNKNOWN', 'MEDICAID_UNKNOWN', 'REGION_UNKNOWN'],
    });
  });

  it('rules out on any broken rule and still lists the unknown ones', () => {
    const strict = rules({ requiresMedicaid: true, residencyRegions: ['CA', 'NV'] });
    expect(screenEligibility(strict, { age: 30, hasMedicaid: false, region: null })).toEqual({ outcome: 'INELIGIBLE', reasons: ['NO_MEDICAID', 'REGION_UNKNOWN'] });
    expect(screenEligibility(strict, { ...facts, region: 'OR' })).toEqual({ outcome: 'INELIGIBLE', reasons: ['OUTSIDE_REGION'] });
  });

  it('compares regions without regard to case or spaces', () => {
    expect(screenEligibility(rules({ residencyRegions: ['Los Angeles County'] }), { ...facts, region: ' los angeles county' }).outcome).toBe('ELIGIBLE');
  });

  it.each(['California', 'california', 'ca', 'CA ', 'Calif.', 'Los Angeles County, CA', 'Long Beach, California'])('finds %p in a rule for CA', (region) => {
    expect(screenEligibility(rules({ residencyRegions: ['CA'] }), { ...facts, region }).outcome).toBe('ELIGIBLE');
  });

  it.each(['Los Angeles', 'los angeles county', 'Los Angeles Co.', 'Orange County, CA'])('finds %p in a rule for LA and Orange counties', (region) => {
    expect(screenEligibility(rules({ residencyRegions: ['Los Angeles County', 'Orange'] }), { ...facts, region }).outcome).toBe('ELIGIBLE');
  });

  it('finds a state code in a rule that names the state, and still rules out another state or county', () => {
    expect(screenEligibility(rules({ residencyRegions: ['California'] }), { ...facts, region: 'CA' }).outcome).toBe('ELIGIBLE');
    expect(screenEligibility(rules({ residencyRegions: ['CA'] }), { ...facts, region: 'Nevada' }).reasons).toEqual(['OUTSIDE_REGION']);
    expect(screenEligibility(rules({ residencyRegions: ['CA'] }), { ...facts, region: 'Canada' }).reasons).toEqual(['OUTSIDE_REGION']);
    expect(screenEligibility(rules({ residencyRegions: ['Los Angeles County'] }), { ...facts, region: 'San Diego County, CA' }).reasons).toEqual(['OUTSIDE_REGION']);
    expect(screenEligibility(rules({ residencyRegions: ['WA'] }), { ...facts, region: 'Washington County, OR' }).reasons).toEqual(['OUTSIDE_REGION']);
  });
});

describe('normalizeProgramRules', () => {
  it('fills what a stored program lacks with "no rule"', () => {
    expect(normalizeProgramRules({})).toEqual(EMPTY_PROGRAM_RULES);
    expect(normalizeProgramRules({ eligibility: { minAge: 5 } } as never).eligibility).toEqual({ ...EMPTY_PROGRAM_RULES.eligibility, minAge: 5 });
  });
});

describe('ageOn', () => {
  it('counts a birthday on its day, and a leap-day birthday from 1 March', () => {
    expect(ageOn('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
    expect(ageOn('2000-02-29', '2021-02-28')).toBe(20);
    expect(ageOn('2000-02-29', '2021-03-01')).toBe(21);
  });
});
