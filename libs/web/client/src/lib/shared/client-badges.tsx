import { Group, type MantineSize } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconShieldExclamation, IconUsers, IconVaccine, type TablerIcon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClientFlag, ClientStatus, RiskLevel } from '@waymark/shared/types';
import { RecordBadge } from './record-badge';

const STATUS_COLOR: Record<ClientStatus, string> = {
  INQUIRY: 'gray',
  INTAKE: 'cyan',
  ACTIVE: 'green',
  ON_HOLD: 'yellow',
  DISCHARGED: 'grape',
  CLOSED: 'dark',
};

const RISK_COLOR: Record<RiskLevel, string> = { LOW: 'gray', MODERATE: 'orange', HIGH: 'red' };

const FLAG_LOOK: Record<ClientFlag, { color: string; icon: TablerIcon }> = {
  CRISIS: { color: 'red', icon: IconAlertOctagon },
  SAFETY_ALERT: { color: 'red', icon: IconShieldExclamation },
  ALLERGY: { color: 'yellow', icon: IconVaccine },
  DO_NOT_VISIT_ALONE: { color: 'orange', icon: IconUsers },
};

export function StatusBadge({ status, size = 'md' }: { status: ClientStatus; size?: MantineSize }) {
  const { t } = useTranslation('client');
  return (
    <RecordBadge color={STATUS_COLOR[status]} size={size} style={{ minWidth: 'max-content' }}>
      {t(`status.${status}`)}
    </RecordBadge>
  );
}

/**
 * Risk level and flags: everyone who serves the client must see them wherever the client
 * appears. Flags are filled, with an icon, so they read without colour too.
 */
export function RiskAndFlags({ riskLevel, flags, size = 'md' }: { riskLevel: RiskLevel; flags: readonly ClientFlag[]; size?: MantineSize }) {
  const { t } = useTranslation('client');
  return (
    <Group gap={4} wrap="wrap">
      <RecordBadge
        color={RISK_COLOR[riskLevel]}
        variant={riskLevel === 'LOW' ? 'outline' : 'light'}
        size={size}
        icon={riskLevel === 'HIGH' ? IconAlertTriangle : null}
      >
        {t(`risk.${riskLevel}`)}
      </RecordBadge>
      {flags.map((flag) => (
        <RecordBadge key={flag} color={FLAG_LOOK[flag].color} variant="filled" size={size} icon={FLAG_LOOK[flag].icon}>
          {t(`flag.${flag}`)}
        </RecordBadge>
      ))}
    </Group>
  );
}
