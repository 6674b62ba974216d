import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditSeverity } from '@waymark/shared/types';

export function SeverityBadge({ severity }: { severity: string }) {
  const { t } = useTranslation('audit');
  const high = severity === AuditSeverity.HIGH;
  return (
    <Badge color={high ? 'red' : 'gray'} variant={high ? 'filled' : 'light'}>
      {t(`trail.severity.${high ? 'HIGH' : 'NORMAL'}`)}
    </Badge>
  );
}
