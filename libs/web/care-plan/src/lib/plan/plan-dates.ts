import { datesBeforeEffective } from '@waymark/shared/types';

/** Whether a date a form sets falls before the plan starts: the shared rule the API applies on save and submit. */
export function isBeforeStart(effectiveOn: string, date: string): boolean {
  return datesBeforeEffective(effectiveOn, [{ field: 'date', date }]).length > 0;
}
