import { Affix, Button, Group, Notification, Text } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../errors/error-message';
import { useSession, useSessionState } from './session-context';
import { appSettingsQuery } from './session.operations';
import { useIdleTimer } from './use-idle-timer';

/**
 * Automatic logoff: after the agency's idle time (`appSettings.idleLockMinutes`) without
 * input, ends the session on the server and locks the screen. The page stays mounted under
 * the lock overlay. Warns during the last minute when the idle time is long enough.
 */
export function IdleLock() {
  const { t } = useTranslation();
  const session = useSession();
  const { status } = useSessionState();
  const { data } = useQuery(appSettingsQuery, { context: { public: true } });
  const minutes = data?.appSettings.idleLockMinutes ?? 0;
  const timeoutMs = minutes * 60_000;
  const { secondsLeft } = useIdleTimer({
    enabled: status === 'active' && timeoutMs > 0,
    timeoutMs,
    warnMs: timeoutMs >= 3 * 60_000 ? 60_000 : 0,
    onIdle: () => void session.lock('idle'),
  });
  if (secondsLeft === null || status !== 'active') return null;
  return (
    <Affix position={{ bottom: 24, right: 24 }} zIndex={400}>
      <Notification
        role="status"
        aria-live="polite"
        color="yellow"
        icon={<IconClockPause size={18} aria-hidden />}
        withCloseButton={false}
        maw={420}
      >
        <Group gap="sm" wrap="nowrap" align="center">
          <Text size="sm">{t('idle.warning', { time: formatDuration(secondsLeft, t) })}</Text>
          <Button size="xs" variant="light" onClick={() => undefined}>
            {t('idle.stay')}
          </Button>
        </Group>
      </Notification>
    </Affix>
  );
}
