import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentStatus } from '@waymark/shared/types';

const COLOR: Record<AppointmentStatus, string> = { SCHEDULED: 'blue', KEPT: 'green', MISSED: 'red', RESCHEDULED: 'grape', CANCELLED: 'gray' };

export function AppointmentStatusBadge({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation('carePlan');
  return (
    <Badge color={COLOR[status]} variant="light">
      {t(`appointments.status.${status}`)}
    </Badge>
  );
}
