import { optionalText } from '@waymark/web/client';
import { toNumber, type NumberValue } from './rules';

/** Optional text fields as an update takes them: trimmed, null when emptied (which clears the field). */
export function optionalTexts<T extends Partial<Record<string, string>>>(values: T): { [K in keyof T]: string | null } {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, optionalText(value ?? '')])) as { [K in keyof T]: string | null };
}

/** Only the fields given: what a partial update sends, leaving the others as they are. */
export function given<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A number field, when given, as the API takes it (null when emptied). */
export function numberOrNull(value: NumberValue | undefined): number | null | undefined {
  return value === undefined ? undefined : toNumber(value);
}
