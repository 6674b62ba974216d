import { Badge } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconCircleCheck, IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IncidentSeverity, IncidentStatus } from '@waymark/shared/types';

const SEVERITY_LOOK: Record<IncidentSeverity, { color: string; variant: 'light' | 'filled' }> = {
  LOW: { color: 'gray', variant: 'light' },
  MODERATE: { color: 'yellow', variant: 'light' },
  HIGH: { color: 'orange', variant: 'filled' },
  CRITICAL: { color: 'red', variant: 'filled' },
};

/** Severity in words and colour, with an icon for the two that call for action at once. */
export function SeverityBadge({ severity }: { severity: IncidentSeverity }) {
  const { t } = useTranslation('client');
  const look = SEVERITY_LOOK[severity];
  const icon =
    severity === 'CRITICAL' ? <IconAlertOctagon size={14} aria-hidden /> : severity === 'HIGH' ? <IconAlertTriangle size={14} aria-hidden /> : null;
  return (
    <Badge color={look.color} variant={look.variant} autoContrast tt="none" leftSection={icon}>
      {t('tabs.incidents.severityBadge', { severity: t(`tabs.incidents.severity.${severity}`) })}
    </Badge>
  );
}

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation('client');
  return status === 'REVIEWED' ? (
    <Badge color="green" variant="light" tt="none" leftSection={<IconCircleCheck size={14} aria-hidden />}>
      {t('tabs.incidents.status.REVIEWED')}
    </Badge>
  ) : (
    <Badge color="blue" variant="light" tt="none" leftSection={<IconEye size={14} aria-hidden />}>
      {t('tabs.incidents.status.REPORTED')}
    </Badge>
  );
}
