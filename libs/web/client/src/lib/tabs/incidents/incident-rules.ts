import type { TFunction } from 'i18next';
import { NAME_MAX_LENGTH, type NotificationMethod, type NotifiedParty } from '@waymark/shared/types';
import { fromLocalDateTime } from '../../shared/date-time-input';
import { optionalText, textRule } from '../../shared/validators';
import type { NotificationValues } from './notification-fields';

/** A local 'YYYY-MM-DDTHH:mm' that must be given and not in the future. */
export function pastDateTimeRule(t: TFunction) {
  return (value: string): string | null => {
    const at = fromLocalDateTime(value);
    if (!at) return t('tabs.validation.dateTime');
    return new Date(at).getTime() > Date.now() + 60_000 ? t('tabs.incidents.inFuture') : null;
  };
}

export function notificationRules(t: TFunction) {
  return {
    name: textRule(t, NAME_MAX_LENGTH),
    notifiedAt: pastDateTimeRule(t),
  };
}

/** A notification as the API takes it. */
export function notificationInput(values: NotificationValues) {
  return {
    party: values.party as NotifiedParty,
    method: values.method as NotificationMethod,
    name: optionalText(values.name),
    notifiedAt: fromLocalDateTime(values.notifiedAt) ?? '',
  };
}
