import type { TFunction } from 'i18next';
import { EMAIL_MAX_LENGTH, PHONE_MAX_LENGTH, PHONE_PATTERN } from '@waymark/shared/types';

/** Something, an at sign, a domain with a dot: the rest is for the mail server to judge. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Field checks for the tabs' forms, with the limits from @waymark/shared/types that the API
 * applies too. Each returns a translated message or null; `t` is bound to the `client` namespace.
 */
export function textRule(t: TFunction, max: number, { required = false } = {}) {
  return (value: string): string | null => {
    const text = value.trim();
    if (required && !text) return t('tabs.validation.required');
    if (text.length > max) return t('tabs.validation.tooLong', { count: max });
    return null;
  };
}

export function phoneRule(t: TFunction) {
  return (value: string): string | null => {
    const text = value.trim();
    if (!text) return null;
    if (text.length > PHONE_MAX_LENGTH) return t('tabs.validation.tooLong', { count: PHONE_MAX_LENGTH });
    return PHONE_PATTERN.test(text) ? null : t('tabs.validation.phone');
  };
}

export function emailRule(t: TFunction) {
  return (value: string): string | null => {
    const text = value.trim();
    if (!text) return null;
    if (text.length > EMAIL_MAX_LENGTH) return t('tabs.validation.tooLong', { count: EMAIL_MAX_LENGTH });
    return EMAIL_PATTERN.test(text) ? null : t('tabs.validation.email');
  };
}

/** Trimmed text, or null when empty: optional fields are sent as null, not as ''. */
export function optionalText(value: string): string | null {
  const text = value.trim();
  return text ? text : null;
}
