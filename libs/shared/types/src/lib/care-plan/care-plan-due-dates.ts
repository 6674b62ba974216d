import type { ProgramDeadlines, ProgramRules } from '../client/program-rules';
import { addMonths } from './care-calendar';

/**
 * When the program wants an instrument done again: its renewal period after the assessment
 * was completed. None when the program does not require the instrument, or requires it once
 * (a rule without a renewal period). The API sets it on completion and the seed writes it, so
 * both share this rule.
 */
export function renewalDueOn(rules: Pick<ProgramRules, 'requiredInstruments'>, instrumentCode: string, completedOn: string): string | null {
  const required = rules.requiredInstruments.find((rule) => rule.instrumentCode === instrumentCode);
  return required?.renewEveryMonths ? addMonths(completedOn, required.renewEveryMonths) : null;
}

/** A plan's review when none was set: the program's review months after the plan takes effect; none when the program sets none. */
export function defaultReviewDueOn(effectiveOn: string, deadlines: Pick<ProgramDeadlines, 'reviewMonths'>): string | null {
  return deadlines.reviewMonths ? addMonths(effectiveOn, deadlines.reviewMonths) : null;
}
