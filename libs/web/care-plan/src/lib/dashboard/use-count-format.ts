import { useTranslation } from 'react-i18next';

/** Counts written the reader's way (1,234 in English, 1.234 in Spanish). */
export function useCountFormat(): (count: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language);
  return (count) => format.format(count);
}
