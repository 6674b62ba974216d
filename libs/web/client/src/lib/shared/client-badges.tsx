import { Badge, Group, type MantineSize } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconShieldExclamation, IconUsers, IconVaccine } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientFlag, ClientStatus, RiskLevel } from '@waymark/shared/types';

const STATUS_COLOR: Record<ClientStatus, string> = {
  INQUIRY: 'gray',
  INTAKE: 'cyan',
  ACTIVE: 'green',
  ON_HOLD: 'yellow',
  DISCHARGED: 'grape',
  CLOSED: 'dark',
};

const RISK_COLOR: Record<RiskLevel, string> = { LOW: 'gray', MODERATE: 'orange', HIGH: 'red' };

const FLAG_LOOK: Record<ClientFlag, { color: string; icon: ReactNode }> = {
  CRISIS: { color: 'red', icon: <IconAlertOctagon size={14} aria-hidden /> },
  SAFETY_ALERT: { color: 'red', icon: <IconShieldExclamation size={14} aria-hidden /> },
  ALLERGY: { color: 'yellow', icon: <IconVaccine size={14} aria-hidden /> },
  DO_NOT_VISIT_ALONE: { color: 'orange', icon: <IconUsers size={14} aria-hidden /> },
};

export function StatusBadge({ status, size = 'md' }: { status: ClientStatus; size?: MantineSize }) {
  const { t } = useTranslation('client');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none" size={size} style={{ minWidth: 'max-content' }}>
      {t(`status.${status}`)}
    </Badge>
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
      <Badge
        color={RISK_COLOR[riskLevel]}
        variant={riskLevel === 'LOW' ? 'outline' : 'light'}
        tt="none"
        size={size}
        leftSection={riskLevel === 'HIGH' ? <IconAlertTriangle size={14} aria-hidden /> : null}
      >
        {t(`risk.${riskLevel}`)}
      </Badge>
      {flags.map((flag) => (
        <Badge key={flag} color={FLAG_LOOK[flag].color} variant="filled" autoContrast tt="none" size={size} leftSection={FLAG_LOOK[flag].icon}>
          {t(`flag.${flag}`)}
        </Badge>
      ))}
    </Group>
  );
}
