import { useEffect, useRef, useState } from 'react';
import { Affix, Button, Group, Notification, Stack, Text, VisuallyHidden } from '@mantine/core';
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
  const warning = secondsLeft !== null && status === 'active';
  // Said once when the warning appears (a live region that already exists), not every second.
  const [announcement, setAnnouncement] = useState('');
  const warningShown = useRef(false);
  useEffect(() => {
    if (warning && !warningShown.current && secondsLeft !== null) {
      setAnnouncement(t('idle.warning', { time: formatDuration(secondsLeft, t) }));
    } else if (!warning) {
      setAnnouncement('');
    }
    warningShown.current = warning;
  }, [warning, secondsLeft, t]);

  return (
    <>
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      {warning && secondsLeft !== null ? (
        <Affix position={{ bottom: 24, right: 24 }} zIndex={400}>
          <Notification color="yellow" icon={<IconClockPause size={18} aria-hidden />} withCloseButton={false} maw={380}>
            <Stack gap="xs">
              <Text size="sm" aria-hidden>
                {t('idle.warning', { time: formatDuration(secondsLeft, t) })}
              </Text>
              <Group justify="flex-end">
                {/* Any input keeps the session; the button gives that input a name. */}
                <Button size="xs" variant="light" onClick={() => undefined}>
                  {t('idle.stay')}
                </Button>
              </Group>
            </Stack>
          </Notification>
        </Affix>
      ) : null}
    </>
  );
}
