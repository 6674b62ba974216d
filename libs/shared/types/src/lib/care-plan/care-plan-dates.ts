/** A date a plan's goal or objective names, with the input field that set it. */
export interface NamedDate {
  field: string;
  date: string | null | undefined;
}

export interface DateProblem {
  field: string;
  message: string;
}

/**
 * Target dates (and the review date) before the day the plan takes effect: a goal cannot be
 * due before its plan starts. Each problem names the field that set the date.
 */
export function datesBeforeEffective(effectiveOn: string, dates: readonly NamedDate[]): DateProblem[] {
  return dates
    .filter((named): named is NamedDate & { date: string } => !!named.date && named.date < effectiveOn)
    .map(({ field }) => ({ field, message: `is before the plan's effective date ${effectiveOn}` }));
}
