/** A language code ("es", "zh-Hant") named in the reader's language ("Spanish", "español"); the code itself when unknown. */
export function languageName(code: string, language: string, fallback?: string | null): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(code);
    return name ?? fallback ?? code;
  } catch {
    return fallback ?? code;
  }
}
