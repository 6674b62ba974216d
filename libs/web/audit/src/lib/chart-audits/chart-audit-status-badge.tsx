import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChartAuditStatus } from '@waymark/shared/types';

export function ChartAuditStatusBadge({ status }: { status: ChartAuditStatus }) {
  const { t } = useTranslation('audit');
  return (
    <Badge color={status === 'COMPLETED' ? 'green' : 'blue'} variant="light">
      {t(`chartAudits.status.${status}`)}
    </Badge>
  );
}
