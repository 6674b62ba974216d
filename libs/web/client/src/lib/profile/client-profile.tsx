import { useEffect } from 'react';
import { Alert, Stack, Tabs } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClientProfileFieldsFragment } from '@waymark/web/core';
import { OverviewTab } from './overview/overview-tab';
import { EmergencyAccessBanner } from './emergency-access/emergency-access-banner';
import { ProfileHeader } from './profile-header';
import { type ProfileExtensionTab, useProfileExtensions } from './profile-extensions';
import { allTabs, isProfileTab } from './profile-tabs';
import { RecordTab } from './record-tab';
import { TimelineTab } from './timeline/timeline-tab';
import { RecordChangeable } from '../shared/use-record-permissions';
import { useHeaderRefresh } from './use-header-refresh';

/** The header that stays in view, and the tabs of the record. */
export function ClientProfile({ client, tab, onReload }: { client: ClientProfileFieldsFragment; tab: string; onReload: () => void }) {
  const { t } = useTranslation('client');
  const extensions = useProfileExtensions().tabs;
  const tabs = allTabs(extensions);
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
        <EmergencyAccessBanner until={client.emergencyAccessUntil} onExpired={onReload} />
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
            {tabs.map((name) => (
              <Tabs.Tab key={name} value={name}>
                {isProfileTab(name) ? t(`profile.tabs.${name}`) : <ExtensionLabel tab={extensions.find((extension) => extension.key === name)} />}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((name) => (
            <Tabs.Panel key={name} value={name} pt="md">
              {name === 'timeline' ? <TimelineTab client={client} /> : null}
              {name === 'overview' ? <OverviewTab client={client} onReload={onReload} /> : null}
              {isProfileTab(name) && name !== 'timeline' && name !== 'overview' ? <RecordTab tab={name} client={client} /> : null}
              {!isProfileTab(name) ? <ExtensionPanel tab={extensions.find((extension) => extension.key === name)} client={client} /> : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </RecordChangeable>
  );
}

function ExtensionLabel({ tab }: { tab: ProfileExtensionTab | undefined }) {
  return <>{tab?.useLabel()}</>;
}

function ExtensionPanel({ tab, client }: { tab: ProfileExtensionTab | undefined; client: ClientProfileFieldsFragment }) {
  if (!tab) return null;
  const { Component } = tab;
  return <Component client={client} />;
}
