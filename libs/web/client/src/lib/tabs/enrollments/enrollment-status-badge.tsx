import { useTranslation } from 'react-i18next';
import type { EnrollmentStatus } from '@waymark/shared/types';
import { RecordBadge } from '../../shared/record-badge';

const COLOR: Record<EnrollmentStatus, string> = { PENDING: 'cyan', ACTIVE: 'green', ON_HOLD: 'yellow', CLOSED: 'gray' };

export function EnrollmentStatusBadge({ status }: { status: EnrollmentStatus }) {
  const { t } = useTranslation('client');
  return <RecordBadge color={COLOR[status]}>{t(`tabs.enrollments.status.${status}`)}</RecordBadge>;
}
