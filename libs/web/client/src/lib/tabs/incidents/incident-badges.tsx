import { IconAlertOctagon, IconAlertTriangle, IconCircleCheck, IconEye, type TablerIcon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IncidentSeverity, IncidentStatus } from '@waymark/shared/types';
import { RecordBadge } from '../../shared/record-badge';

/** Severity in words and colour, with an icon for the two that call for action at once. */
const SEVERITY_LOOK: Record<IncidentSeverity, { color: string; variant: 'light' | 'filled'; icon: TablerIcon | null }> = {
  LOW: { color: 'gray', variant: 'light', icon: null },
  MODERATE: { color: 'yellow', variant: 'light', icon: null },
  HIGH: { color: 'orange', variant: 'filled', icon: IconAlertTriangle },
  CRITICAL: { color: 'red', variant: 'filled', icon: IconAlertOctagon },
};

const STATUS_LOOK: Record<IncidentStatus, { color: string; icon: TablerIcon }> = {
  REPORTED: { color: 'blue', icon: IconEye },
  REVIEWED: { color: 'green', icon: IconCircleCheck },
};

export function SeverityBadge({ severity }: { severity: IncidentSeverity }) {
  const { t } = useTranslation('client');
  return (
    <RecordBadge {...SEVERITY_LOOK[severity]}>{t('tabs.incidents.severityBadge', { severity: t(`tabs.incidents.severity.${severity}`) })}</RecordBadge>
  );
}

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation('client');
  return <RecordBadge {...STATUS_LOOK[status]}>{t(`tabs.incidents.status.${status}`)}</RecordBadge>;
}
