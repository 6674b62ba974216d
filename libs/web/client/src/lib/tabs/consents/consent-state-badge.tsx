import { IconCircleCheck, IconCircleX, IconClockHour4, IconHourglassEmpty, type TablerIcon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConsentState } from '@waymark/shared/types';
import { RecordBadge } from '../../shared/record-badge';

const LOOK: Record<ConsentState, { color: string; icon: TablerIcon }> = {
  ACTIVE: { color: 'green', icon: IconCircleCheck },
  PENDING: { color: 'blue', icon: IconClockHour4 },
  EXPIRED: { color: 'gray', icon: IconHourglassEmpty },
  REVOKED: { color: 'red', icon: IconCircleX },
};

export function ConsentStateBadge({ state }: { state: ConsentState }) {
  const { t } = useTranslation('client');
  return <RecordBadge {...LOOK[state]}>{t(`tabs.consents.state.${state}`)}</RecordBadge>;
}
