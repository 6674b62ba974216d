import { useTranslation } from 'react-i18next';
import { ErrorReason } from '@waymark/shared/types';
import { getErrorInfo, type ErrorMessageOverrides } from '@waymark/web/core';

/**
 * How a referral's failures read: a stale version asks to reload, a step the machine no longer
 * allows says the referral moved on, and a missing consent says what to do about it. The API
 * sends the last two as BAD_USER_INPUT with a reason, so the words depend on the error itself.
 */
export function useReferralErrorOverrides(): (error: unknown) => ErrorMessageOverrides {
  const { t } = useTranslation('referral');
  return (error: unknown) => {
    const { reason } = getErrorInfo(error);
    const byReason =
      reason === ErrorReason.CONSENT_REQUIRED
        ? t('referral.errors.CONSENT_REQUIRED')
        : reason === ErrorReason.ILLEGAL_TRANSITION
          ? t('referral.errors.ILLEGAL_TRANSITION')
          : undefined;
    return {
      CONFLICT: t('referral.errors.CONFLICT'),
      NOT_FOUND: t('referral.errors.NOT_FOUND'),
      ...(byReason ? { BAD_USER_INPUT: byReason } : {}),
    };
  };
}
