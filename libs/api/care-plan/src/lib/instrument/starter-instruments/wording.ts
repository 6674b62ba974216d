import type { ChoiceOption, LocalizedText } from '@waymark/shared/types';

/** Text of a starter instrument in English and Spanish. */
export function say(en: string, es: string): LocalizedText {
  return { en, es };
}

/** A choice, with the points it adds to the rules that score its question. */
export function option(value: string, en: string, es: string, score?: number): ChoiceOption {
  return score === undefined ? { value, label: say(en, es) } : { value, label: say(en, es), score };
}
