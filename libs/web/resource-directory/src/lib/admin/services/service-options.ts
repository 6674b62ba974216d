import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { languageName } from '../../search/language-name';
import { termName } from '../../search/taxonomy';
import type { TermRecord } from '../model';

/** The category picker's options: each top-level category heads a group of itself and the terms below it. */
export function categoryOptions(terms: readonly TermRecord[], language: string): ComboboxItemGroup<ComboboxItem>[] {
  const byCode = new Map(terms.map((term) => [term.code, term]));
  const groups = new Map<string, ComboboxItemGroup<ComboboxItem>>();
  for (const term of terms) {
    const root = byCode.get(term.path[0] ?? term.code) ?? term;
    const group: ComboboxItemGroup<ComboboxItem> = groups.get(root.code) ?? { group: termName(root, language), items: [] };
    groups.set(root.code, group);
    const depth = Math.max(0, term.path.length - 1);
    group.items.push({ value: term.code, label: `${'· '.repeat(depth)}${termName(term, language)}` });
  }
  return [...groups.values()];
}

/**
 * Languages a service is often offered in around the region (ISO 639-1, and ISO 639-3 'ase' for American Sign Language),
 * offered first; any code the record already has is offered too.
 */
const COMMON_LANGUAGES = ['en', 'es', 'zh', 'vi', 'tl', 'ko', 'ar', 'hy', 'fa', 'ru', 'ja', 'pa', 'km', 'hmn', 'pt', 'fr', 'hi', 'ht', 'ase'];

export function languageOptions(present: readonly string[], language: string): Array<{ value: string; label: string }> {
  const codes = [...new Set([...COMMON_LANGUAGES, ...present])];
  return codes.map((code) => ({ value: code, label: languageName(code, language) }));
}

/** The IANA time zones the browser knows, for a location's local clock. */
export function timeZoneOptions(current: string | null | undefined): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}
