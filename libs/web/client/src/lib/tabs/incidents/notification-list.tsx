import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentFieldsFragment } from '@waymark/web/core';
import { formatDateTime } from '../../shared/format';

/** Who was told of an incident, how and when; or that no one is recorded yet. */
export function NotificationList({ notifications }: { notifications: IncidentFieldsFragment['notifications'] }) {
  const { t, i18n } = useTranslation('client');
  if (!notifications.length) return <>{t('tabs.incidents.nobodyNotified')}</>;
  return (
    <List size="sm" spacing={2}>
      {notifications.map((n, index) => (
        <List.Item key={index}>
          {t('tabs.incidents.notificationLine', {
            party: t(`tabs.incidents.partyName.${n.party}`),
            name: n.name ? ` (${n.name})` : '',
            method: t(`tabs.incidents.methodName.${n.method}`),
            time: formatDateTime(n.notifiedAt, i18n.language),
          })}
        </List.Item>
      ))}
    </List>
  );
}
