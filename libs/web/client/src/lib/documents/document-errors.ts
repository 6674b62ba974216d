import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentRefusal } from '@waymark/shared/types';
import { useErrorMessage } from '@waymark/web/core';
import { DocumentRequestError } from './document-http';
import { useFileSize } from './file-size';

/** A failed upload or download said in the person's language; GraphQL failures as everywhere else. */
export function useDocumentErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('client');
  const describe = useErrorMessage();
  const size = useFileSize();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof DocumentRequestError)) return describe(error);
      switch (error.reason) {
        case DocumentRefusal.FILE_TOO_LARGE:
          return t('documents.errors.tooLarge', { size: size(Number(error.details['maxBytes']) || 0) });
        case DocumentRefusal.FILE_TYPE_REFUSED:
          return t('documents.errors.refusedType');
        case DocumentRefusal.FILE_TYPE_MISMATCH:
          return t('documents.errors.mismatch');
        case DocumentRefusal.FILE_MISSING:
          return t('documents.errors.missing');
      }
      if (error.code === 'NOT_FOUND') return t('documents.errors.notFound');
      if (error.code === 'FORBIDDEN') return t('documents.errors.forbidden');
      return error.message || t('documents.errors.failed');
    },
    [describe, size, t],
  );
}
