import { Badge } from '@mantine/core';
import { IconBuildingCommunity, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ServiceStatus } from '@waymark/shared/types';

/** Open now or closed now; nothing when the service keeps no hours. */
export function OpenNowBadge({ openNow }: { openNow: boolean | null | undefined }) {
  const { t } = useTranslation('directory');
  if (openNow === null || openNow === undefined) return null;
  return (
    <Badge color={openNow ? 'teal' : 'gray'} variant="light" leftSection={<IconClock size={12} aria-hidden />}>
      {openNow ? t('search.service.openNow') : t('search.service.closedNow')}
    </Badge>
  );
}

/** The organization is an agency on Waymark: a referral reaches its inbox and comes back answered. */
export function OnWaymarkBadge({ onWaymark }: { onWaymark: boolean }) {
  const { t } = useTranslation('directory');
  if (!onWaymark) return null;
  return (
    <Badge color="indigo" variant="light" leftSection={<IconBuildingCommunity size={12} aria-hidden />} title={t('search.service.onWaymarkHint')}>
      {t('search.service.onWaymark')}
    </Badge>
  );
}

/** Said only when a service is not active: inactive, defunct or temporarily closed. */
export function ServiceStatusBadge({ status }: { status: ServiceStatus | string }) {
  const { t } = useTranslation('directory');
  if (status === ServiceStatus.ACTIVE) return null;
  return (
    <Badge color="orange" variant="light">
      {t(`search.service.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
