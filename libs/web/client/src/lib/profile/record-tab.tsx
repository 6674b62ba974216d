import { Card } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyView, type ClientProfileFieldsFragment } from '@waymark/web/core';
import type { ProfileTab } from './profile-tabs';

/** The record tabs (network, consents, enrollments, notes, incidents). */
export function RecordTab({ tab }: { tab: Exclude<ProfileTab, 'timeline' | 'overview'>; client: ClientProfileFieldsFragment }) {
  const { t } = useTranslation('client');
  return (
    <Card withBorder radius="md" padding="lg">
      <EmptyView icon={<IconTools aria-hidden />} headingOrder={3} title={t(`profile.tabs.${tab}`)} description={t('profile.tabComing')} />
    </Card>
  );
}
