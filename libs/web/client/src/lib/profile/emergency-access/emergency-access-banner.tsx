import { useEffect, useState } from 'react';
import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format';

const TICK_MS = 15_000;

/** While emergency access lasts, the record says so with the time left; when it ends, the record is asked for again (and refused). */
export function EmergencyAccessBanner({ until, onExpired }: { until: string | null | undefined; onExpired: () => void }) {
  const { t, i18n } = useTranslation('client');
  const [now, setNow] = useState(() => Date.now());
  const endsAt = until ? Date.parse(until) : null;
  useEffect(() => {
    if (!endsAt) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    const expiry = setTimeout(onExpired, Math.max(endsAt - Date.now(), 0) + 1000);
    return () => {
      clearInterval(timer);
      clearTimeout(expiry);
    };
  }, [endsAt, onExpired]);
  if (!endsAt || !until) return null;
  const minutes = Math.floor((endsAt - now) / 60_000);
  const left = minutes >= 1 ? t('emergencyAccess.minutesLeft', { count: minutes }) : t('emergencyAccess.lessThanAMinute');
  return (
    <Alert color="red" variant="filled" icon={<IconAlertTriangle aria-hidden />} role="status" aria-live="polite">
      {t('emergencyAccess.banner', { left, until: formatDateTime(until, i18n.language) })}
    </Alert>
  );
}
