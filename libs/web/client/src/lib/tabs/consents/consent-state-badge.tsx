import { Badge } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconClockHour4, IconHourglassEmpty } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentState } from '@waymark/shared/types';

const LOOK: Record<ConsentState, { color: string; icon: ReactNode }> = {
  ACTIVE: { color: 'green', icon: <IconCircleCheck size={14} aria-hidden /> },
  PENDING: { color: 'blue', icon: <IconClockHour4 size={14} aria-hidden /> },
  EXPIRED: { color: 'gray', icon: <IconHourglassEmpty size={14} aria-hidden /> },
  REVOKED: { color: 'red', icon: <IconCircleX size={14} aria-hidden /> },
};

export function ConsentStateBadge({ state }: { state: ConsentState }) {
  const { t } = useTranslation('client');
  return (
    <Badge color={LOOK[state].color} variant="light" tt="none" leftSection={LOOK[state].icon}>
      {t(`tabs.consents.state.${state}`)}
    </Badge>
  );
}
