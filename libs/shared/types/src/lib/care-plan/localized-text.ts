/** Text an agency writes as data (an instrument's questions, a template's goals), in the SPA's languages; English is required. */
export interface LocalizedText {
  en: string;
  es?: string;
}

export type TextLanguage = keyof LocalizedText;

/** The text in `language`, or the English when that language was not written (GraphQL sends a missing one as null). */
export function localized(text: { en: string; es?: string | null }, language: string): string {
  return (language.startsWith('es') ? text.es : undefined) ?? text.en;
}
