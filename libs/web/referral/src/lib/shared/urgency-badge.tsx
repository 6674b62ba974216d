import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconUrgent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ReferralUrgency } from '@waymark/shared/types';

/** Urgent and emergency referrals say so; a routine one shows nothing, as most are, nor one the reader may not see (null). */
export function UrgencyBadge({ urgency }: { urgency: ReferralUrgency | null }) {
  const { t } = useTranslation('referral');
  if (!urgency || urgency === ReferralUrgency.ROUTINE) return null;
  const emergency = urgency === ReferralUrgency.EMERGENCY;
  const Icon = emergency ? IconUrgent : IconAlertTriangle;
  return (
    <Badge variant={emergency ? 'filled' : 'light'} color={emergency ? 'red' : 'orange'} tt="none" leftSection={<Icon size={14} aria-hidden />}>
      {t(`referral.urgency.${urgency}`)}
    </Badge>
  );
}
