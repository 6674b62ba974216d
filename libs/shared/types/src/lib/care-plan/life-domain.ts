/**
 * The areas of a person's life an assessment question speaks to and a goal is set in.
 * Needs found in an assessment are named by domain, so they can seed goals. Never rename a value.
 */
export const LifeDomain = {
  HOUSING: 'HOUSING',
  FOOD: 'FOOD',
  TRANSPORTATION: 'TRANSPORTATION',
  UTILITIES: 'UTILITIES',
  SAFETY: 'SAFETY',
  INCOME: 'INCOME',
  EMPLOYMENT: 'EMPLOYMENT',
  EDUCATION: 'EDUCATION',
  PHYSICAL_HEALTH: 'PHYSICAL_HEALTH',
  MENTAL_HEALTH: 'MENTAL_HEALTH',
  SUBSTANCE_USE: 'SUBSTANCE_USE',
  FAMILY: 'FAMILY',
  SOCIAL_SUPPORT: 'SOCIAL_SUPPORT',
  DAILY_LIVING: 'DAILY_LIVING',
  LEGAL: 'LEGAL',
  SATISFACTION: 'SATISFACTION',
} as const;
export type LifeDomain = (typeof LifeDomain)[keyof typeof LifeDomain];
export const LIFE_DOMAINS = Object.values(LifeDomain);
