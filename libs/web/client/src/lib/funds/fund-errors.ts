import type { TFunction } from 'i18next';
import { ErrorReason } from '@waymark/shared/types';
import { type ErrorMessageOverrides, getErrorInfo } from '@waymark/web/core';

const SAID: readonly string[] = [ErrorReason.INSUFFICIENT_FUNDS, ErrorReason.SELF_APPROVAL, ErrorReason.ILLEGAL_TRANSITION];

/** The fund's refusals in words: an uncovered amount, one's own request, a request that moved on. */
export function fundErrorOverrides(error: unknown, t: TFunction): ErrorMessageOverrides {
  const { reason } = getErrorInfo(error);
  return reason && SAID.includes(reason) ? { BAD_USER_INPUT: t(`funds.errors.${reason}`) } : {};
}
