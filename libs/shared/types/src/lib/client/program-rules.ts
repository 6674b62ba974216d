import { inResidencyRegions } from './residency-regions';

/**
 * A program's rules, kept as data on the program: who qualifies, what intake must collect,
 * the deadlines the care-plan work counts from enrollment, and how often the client is seen.
 * The API screens with `screenEligibility` and the SPA previews a screen with the same function.
 */
/** The contact a visit schedule asks for; the values match NoteType's, so notes can be counted against it. */
export const VisitKind = {
  HOME_VISIT: 'HOME_VISIT',
  OFFICE_VISIT: 'OFFICE_VISIT',
  PHONE_CALL: 'PHONE_CALL',
  /** Any documented contact with the client counts. */
  ANY_CONTACT: 'ANY_CONTACT',
} as const;
export type VisitKind = (typeof VisitKind)[keyof typeof VisitKind];
export const VISIT_KINDS = Object.values(VisitKind);

export interface EligibilityRules {
  minAge: number | null;
  maxAge: number | null;
  requiresMedicaid: boolean;
  /** Where the client must live (their address region: a state by code or name, or a county); empty means anywhere. */
  residencyRegions: string[];
}

export interface ProgramDeadlines {
  /** Days from enrollment to a completed assessment. */
  assessmentDays: number | null;
  /** Days from the assessment to a plan in place. */
  planDays: number | null;
  /** Months between plan reviews. */
  reviewMonths: number | null;
  /** Days from receiving the person-directed plan to an implementation plan in place. */
  implementationPlanDays: number | null;
  /** Months between monitoring reviews (3 for quarterly monitoring). */
  monitoringEveryMonths: number | null;
}

/** An assessment instrument the program requires, and how often it must be renewed (null: once). */
export interface RequiredInstrument {
  instrumentCode: string;
  renewEveryMonths: number | null;
}

export interface VisitSchedule {
  everyDays: number;
  kind: VisitKind;
}

export interface ProgramRules {
  eligibility: EligibilityRules;
  /** Documents and steps intake must complete, in order, e.g. 'Proof of residence'. */
  intakeRequirements: string[];
  deadlines: ProgramDeadlines;
  visitSchedule: VisitSchedule | null;
  requiredInstruments: RequiredInstrument[];
  /** Days after discharge at which the client is followed up, e.g. [30, 60, 90]. */
  followUpDays: number[];
}

/** How long past its last follow-up day the case team keeps a discharged client, to finish a late follow-up. */
export const FOLLOW_UP_GRACE_DAYS = 30;

export const EligibilityOutcome = {
  ELIGIBLE: 'ELIGIBLE',
  INELIGIBLE: 'INELIGIBLE',
  /** Nothing rules the client out, but a fact the rules need is unknown. */
  NEEDS_REVIEW: 'NEEDS_REVIEW',
} as const;
export type EligibilityOutcome = (typeof EligibilityOutcome)[keyof typeof EligibilityOutcome];
export const ELIGIBILITY_OUTCOMES = Object.values(EligibilityOutcome);

/** Why a screen did not come out ELIGIBLE; codes, so each language words them its own way. */
export const EligibilityReason = {
  BELOW_MIN_AGE: 'BELOW_MIN_AGE',
  ABOVE_MAX_AGE: 'ABOVE_MAX_AGE',
  AGE_UNKNOWN: 'AGE_UNKNOWN',
  NO_MEDICAID: 'NO_MEDICAID',
  MEDICAID_UNKNOWN: 'MEDICAID_UNKNOWN',
  OUTSIDE_REGION: 'OUTSIDE_REGION',
  REGION_UNKNOWN: 'REGION_UNKNOWN',
} as const;
export type EligibilityReason = (typeof EligibilityReason)[keyof typeof EligibilityReason];
export const ELIGIBILITY_REASONS = Object.values(EligibilityReason);

/** What a screen knows of the client; null is "not known". */
export interface EligibilityFacts {
  age: number | null;
  hasMedicaid: boolean | null;
  region: string | null;
}

export interface EligibilityResult {
  outcome: EligibilityOutcome;
  reasons: EligibilityReason[];
}

export const EMPTY_PROGRAM_RULES: ProgramRules = {
  eligibility: { minAge: null, maxAge: null, requiresMedicaid: false, residencyRegions: [] },
  intakeRequirements: [],
  deadlines: { assessmentDays: null, planDays: null, reviewMonths: null, implementationPlanDays: null, monitoringEveryMonths: null },
  visitSchedule: null,
  requiredInstruments: [],
  followUpDays: [],
};

/** Rules as stored, with any part an older program lacks filled in with "no rule". */
export function normalizeProgramRules(stored: Partial<ProgramRules> | null | undefined): ProgramRules {
  return {
    eligibility: { ...EMPTY_PROGRAM_RULES.eligibility, ...stored?.eligibility },
    intakeRequirements: stored?.intakeRequirements ?? [],
    deadlines: { ...EMPTY_PROGRAM_RULES.deadlines, ...stored?.deadlines },
    visitSchedule: stored?.visitSchedule ?? null,
    requiredInstruments: stored?.requiredInstruments ?? [],
    followUpDays: stored?.followUpDays ?? [],
  };
}

/**
 * Screens facts against a program's eligibility rules. A rule the facts break makes the
 * client INELIGIBLE; otherwise a rule whose fact is unknown makes the screen NEEDS_REVIEW.
 * Every rule is checked, so the reasons list all that stand in the way.
 */
export function screenEligibility(rules: EligibilityRules, facts: EligibilityFacts): EligibilityResult {
  const failed: EligibilityReason[] = [];
  const unknown: EligibilityReason[] = [];
  if (rules.minAge !== null || rules.maxAge !== null) {
    if (facts.age === null) unknown.push(EligibilityReason.AGE_UNKNOWN);
    else if (rules.minAge !== null && facts.age < rules.minAge) failed.push(EligibilityReason.BELOW_MIN_AGE);
    else if (rules.maxAge !== null && facts.age > rules.maxAge) failed.push(EligibilityReason.ABOVE_MAX_AGE);
  }
  if (rules.requiresMedicaid) {
    if (facts.hasMedicaid === null) unknown.push(EligibilityReason.MEDICAID_UNKNOWN);
    else if (!facts.hasMedicaid) failed.push(EligibilityReason.NO_MEDICAID);
  }
  if (rules.residencyRegions.length) {
    const region = facts.region?.trim();
    if (!region) unknown.push(EligibilityReason.REGION_UNKNOWN);
    else if (!inResidencyRegions(rules.residencyRegions, region)) failed.push(EligibilityReason.OUTSIDE_REGION);
  }
  if (failed.length) return { outcome: EligibilityOutcome.INELIGIBLE, reasons: [...failed, ...unknown] };
  if (unknown.length) return { outcome: EligibilityOutcome.NEEDS_REVIEW, reasons: unknown };
  return { outcome: EligibilityOutcome.ELIGIBLE, reasons: [] };
}
