import { useEffect } from 'react';
import { Alert, Stack, Tabs } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClientProfileFieldsFragment } from '@waymark/web/core';
import { OverviewTab } from './overview/overview-tab';
import { ProfileHeader } from './profile-header';
import { PROFILE_TABS, type ProfileTab } from './profile-tabs';
import { RecordTab } from './record-tab';
import { TimelineTab } from './timeline/timeline-tab';
import { RecordChangeable } from '../shared/use-record-permissions';
import { useHeaderRefresh } from './use-header-refresh';

/** The header that stays in view, and the tabs of the record. */
export function ClientProfile({ client, tab, onReload }: { client: ClientProfileFieldsFragment; tab: ProfileTab; onReload: () => void }) {
  const { t } = useTranslation('client');
  const navigate = useNavigate();
  const location = useLocation();
  const mergedFrom = (location.state as { mergedFrom?: string } | null)?.mergedFrom;

  useEffect(() => {
    document.title = `${client.displayName} · ${t('common:app.name')}`;
  }, [client.displayName, t]);

  useHeaderRefresh(client.id, tab, onReload);

  return (
    <RecordChangeable value={client.mayChange}>
      <Stack gap="lg">
        <ProfileHeader client={client} />
        {mergedFrom ? (
          <Alert color="blue" variant="light" icon={<IconGitMerge aria-hidden />} role="status">
            {t('profile.mergedFrom', { number: mergedFrom })}
          </Alert>
        ) : null}
        <Tabs
          value={tab}
          onChange={(value) => value && navigate(`/clients/${client.id}${value === 'timeline' ? '' : `/${value}`}`)}
          keepMounted={false}
          variant="outline"
        >
          <Tabs.List aria-label={t('profile.tabsLabel')} style={{ flexWrap: 'wrap' }}>
            {PROFILE_TABS.map((name) => (
              <Tabs.Tab key={name} value={name}>
                {t(`profile.tabs.${name}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {PROFILE_TABS.map((name) => (
            <Tabs.Panel key={name} value={name} pt="md">
              {name === 'timeline' ? <TimelineTab client={client} /> : null}
              {name === 'overview' ? <OverviewTab client={client} onReload={onReload} /> : null}
              {name !== 'timeline' && name !== 'overview' ? <RecordTab tab={name} client={client} /> : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </RecordChangeable>
  );
}
