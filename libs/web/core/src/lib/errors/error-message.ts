import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ErrorReason } from '@waymark/shared/types';
import { getErrorInfo, type ErrorInfo, type ErrorKind } from './error-info';

/** "45 seconds", "3 minutes", "2 hours" in the current language. */
export function formatDuration(seconds: number, t: TFunction): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return t('common:duration.seconds', { count: s });
  if (s < 3600) return t('common:duration.minutes', { count: Math.ceil(s / 60) });
  return t('common:duration.hours', { count: Math.ceil(s / 3600) });
}

/** Per-call wording for some codes, e.g. CONFLICT on a user, UNAUTHENTICATED on login. */
export type ErrorMessageOverrides = Partial<Record<ErrorKind | 'ACCOUNT_LOCKED', string>>;

/** A translated, human sentence for any error the API or the network can produce. */
export function errorMessage(error: unknown, t: TFunction, overrides: ErrorMessageOverrides = {}): string {
  const info: ErrorInfo = getErrorInfo(error);
  const time = info.retryAfterSeconds !== undefined ? formatDuration(info.retryAfterSeconds, t) : undefined;
  if (info.reason === ErrorReason.PASSWORD_CHANGE_REQUIRED) return t('common:errors.PASSWORD_CHANGE_REQUIRED');
  if (info.reason === ErrorReason.ACCOUNT_LOCKED) {
    const base = overrides.ACCOUNT_LOCKED ?? t('common:errors.ACCOUNT_LOCKED');
    return time && !overrides.ACCOUNT_LOCKED ? t('common:errors.ACCOUNT_LOCKED_retry', { time }) : base;
  }
  const override = overrides[info.kind];
  if (override) return override;
  if (info.kind === 'RATE_LIMITED' && time) return t('common:errors.RATE_LIMITED_retry', { time });
  return t(`common:errors.${info.kind}`);
}

/** `errorMessage` bound to the current language. */
export function useErrorMessage(): (error: unknown, overrides?: ErrorMessageOverrides) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown, overrides?: ErrorMessageOverrides) => errorMessage(error, t, overrides), [t]);
}
