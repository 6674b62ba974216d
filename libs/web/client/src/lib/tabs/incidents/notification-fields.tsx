import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { NAME_MAX_LENGTH, NOTIFICATION_METHODS, NOTIFIED_PARTIES } from '@waymark/shared/types';
import { toLocalDateTime } from '../../shared/date-time-input';

export interface NotificationValues extends Record<string, unknown> {
  party: string;
  name: string;
  method: string;
  /** 'YYYY-MM-DDTHH:mm' local */
  notifiedAt: string;
}

export function emptyNotification(): NotificationValues {
  return { party: 'SUPERVISOR', name: '', method: 'PHONE', notifiedAt: toLocalDateTime(new Date()) };
}

type InputProps = (path: string) => GetInputPropsReturnType;

/** Who was told of an incident, how and when; `inputProps` binds each field to the form that holds it. */
export function NotificationFields({ inputProps, path = '' }: { inputProps: InputProps; path?: string }) {
  const { t } = useTranslation('client');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <NativeSelect
        label={t('tabs.incidents.party')}
        required
        data={NOTIFIED_PARTIES.map((party) => ({ value: party, label: t(`tabs.incidents.partyName.${party}`) }))}
        {...inputProps(`${path}party`)}
      />
      <TextInput label={t('tabs.incidents.notifiedName')} description={t('tabs.incidents.notifiedNameHint')} maxLength={NAME_MAX_LENGTH} {...inputProps(`${path}name`)} />
      <NativeSelect
        label={t('tabs.incidents.method')}
        required
        data={NOTIFICATION_METHODS.map((method) => ({ value: method, label: t(`tabs.incidents.methodName.${method}`) }))}
        {...inputProps(`${path}method`)}
      />
      <TextInput
        type="datetime-local"
        label={t('tabs.incidents.notifiedAt')}
        required
        max={toLocalDateTime(new Date())}
        {...inputProps(`${path}notifiedAt`)}
      />
    </SimpleGrid>
  );
}
