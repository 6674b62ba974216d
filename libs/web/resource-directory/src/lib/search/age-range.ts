import type { TFunction } from 'i18next';

/** "Ages 18–64", "Ages 18 and over", "Ages up to 17"; null when a service takes every age. */
export function ageRange(t: TFunction<'directory'>, minimumAge: number | null | undefined, maximumAge: number | null | undefined): string | null {
  const min = minimumAge ?? null;
  const max = maximumAge ?? null;
  if (min !== null && max !== null) return t('search.service.ages.between', { min, max });
  if (min !== null) return t('search.service.ages.from', { min });
  if (max !== null) return t('search.service.ages.upTo', { max });
  return null;
}
