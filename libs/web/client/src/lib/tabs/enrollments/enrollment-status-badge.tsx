import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrollmentStatus } from '@waymark/shared/types';

const COLOR: Record<EnrollmentStatus, string> = { PENDING: 'cyan', ACTIVE: 'green', ON_HOLD: 'yellow', CLOSED: 'gray' };

export function EnrollmentStatusBadge({ status }: { status: EnrollmentStatus }) {
  const { t } = useTranslation('client');
  return (
    <Badge color={COLOR[status]} variant="light" tt="none">
      {t(`tabs.enrollments.status.${status}`)}
    </Badge>
  );
}
