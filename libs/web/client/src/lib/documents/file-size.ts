import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A file's size for people: "812 B", "34 KB", "2.4 MB", in the person's number format. */
export function useFileSize(): (bytes: number) => string {
  const { t, i18n } = useTranslation('client');
  return useCallback(
    (bytes: number) => {
      const size = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value);
      if (bytes < 1024) return t('documents.sizes.bytes', { size: size(bytes) });
      if (bytes < 1_048_576) return t('documents.sizes.kilobytes', { size: size(Math.round(bytes / 1024)) });
      return t('documents.sizes.megabytes', { size: size(bytes / 1_048_576) });
    },
    [i18n.language, t],
  );
}
