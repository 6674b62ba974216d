/** The language a template's or an assessment's wording is copied into a plan in: the worker's, when the agency wrote it. */
export function planLanguage(language: string): 'en' | 'es' {
  return language.startsWith('es') ? 'es' : 'en';
}
