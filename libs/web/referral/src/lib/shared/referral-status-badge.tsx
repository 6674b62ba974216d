import { Badge } from '@mantine/core';
import {
  IconCalendarEvent,
  IconCircleCheck,
  IconCircleX,
  IconClockOff,
  IconHandStop,
  IconInbox,
  IconPencil,
  IconSend,
  IconThumbUp,
  IconUserOff,
  type TablerIcon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '@waymark/shared/types';

const LOOK: Record<ReferralStatus, { color: string; icon: TablerIcon }> = {
  DRAFT: { color: 'gray', icon: IconPencil },
  SENT: { color: 'blue', icon: IconSend },
  RECEIVED: { color: 'indigo', icon: IconInbox },
  ACCEPTED: { color: 'teal', icon: IconThumbUp },
  SCHEDULED: { color: 'cyan', icon: IconCalendarEvent },
  COMPLETED: { color: 'green', icon: IconCircleCheck },
  DECLINED: { color: 'red', icon: IconHandStop },
  CANCELLED: { color: 'dark', icon: IconCircleX },
  NO_SHOW: { color: 'orange', icon: IconUserOff },
  EXPIRED: { color: 'gray', icon: IconClockOff },
};

/** Where a referral stands, in words and with an icon, so it reads without its colour. */
export function ReferralStatusBadge({ status, size = 'md' }: { status: ReferralStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('referral');
  const { color, icon: Icon } = LOOK[status];
  return (
    <Badge variant="light" color={color} tt="none" size={size} leftSection={<Icon size={14} aria-hidden />}>
      {t(`referral.status.${status}`)}
    </Badge>
  );
}
