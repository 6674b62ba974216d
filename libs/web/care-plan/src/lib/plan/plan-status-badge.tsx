import { Badge } from '@mantine/core';
import { IconCircleCheck, IconHistory, IconHourglass, IconLock, IconPencil, type TablerIcon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CarePlanStatus } from '@waymark/shared/types';

const LOOK: Record<CarePlanStatus, { color: string; icon: TablerIcon }> = {
  DRAFT: { color: 'gray', icon: IconPencil },
  PENDING_APPROVAL: { color: 'yellow', icon: IconHourglass },
  ACTIVE: { color: 'green', icon: IconCircleCheck },
  SUPERSEDED: { color: 'gray', icon: IconHistory },
  CLOSED: { color: 'dark', icon: IconLock },
};

/** Where a plan stands, in words and with an icon, so it reads without its colour. */
export function PlanStatusBadge({ status }: { status: CarePlanStatus }) {
  const { t } = useTranslation('carePlan');
  const { color, icon: Icon } = LOOK[status];
  return (
    <Badge variant="light" color={color} tt="none" leftSection={<Icon size={14} aria-hidden />}>
      {t(`plan.status.${status}`)}
    </Badge>
  );
}
