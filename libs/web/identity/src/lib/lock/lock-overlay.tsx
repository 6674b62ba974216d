import { useState } from 'react';
import { Alert, Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageMenu, useSession, useSessionState } from '@waymark/web/core';
import { SignInForm } from '../login/sign-in-form';
import classes from './lock-overlay.module.css';

/**
 * Covers the screen when the session ended (inactivity or expiry). The page underneath stays
 * mounted but hidden and inert, so signing in again as the same person resumes it exactly;
 * another person may sign in instead, and then the previous page is discarded.
 */
export function LockOverlay() {
  const { t } = useTranslation('identity');
  const session = useSession();
  const { user, lockReason } = useSessionState();
  const [otherPerson, setOtherPerson] = useState(false);
  const name = user?.displayName ?? '';
  const idle = lockReason === 'idle';

  return (
    <Box className={classes.overlay} role="dialog" aria-modal="true" aria-labelledby="lock-title" aria-describedby="lock-description">
      <Box component="main" className={classes.center}>
        <Paper withBorder shadow="lg" radius="md" p="xl" w="100%" maw={460}>
          <Stack gap="md">
            <Group justify="space-between" align="center" wrap="nowrap">
              <IconLock size={28} aria-hidden />
              {/* Not in a portal: portals of the locked page are hidden while locked. */}
              <LanguageMenu withinPortal={false} />
            </Group>
            <Title order={1} size="h3" id="lock-title">
              {idle ? t('lock.idleTitle') : t('lock.expiredTitle')}
            </Title>
            <Text id="lock-description" size="sm">
              {idle ? t('lock.idleDescription') : t('lock.expiredDescription')}
            </Text>
            {otherPerson || !user ? (
              <>
                {user ? (
                  <Alert color="yellow" variant="light">
                    {t('lock.otherUserNote', { name })}
                  </Alert>
                ) : null}
                <SignInForm key="other" autoFocus="email" />
                {user ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => setOtherPerson(false)} ta="left">
                    {t('lock.backToUser', { name })}
                  </Anchor>
                ) : null}
              </>
            ) : (
              <>
                <Text fw={600}>{t('lock.signedInAs', { name, email: user.email })}</Text>
                <SignInForm key="same" initialEmail={user.email} hideEmail autoFocus="password" />
                <Anchor component="button" type="button" size="sm" onClick={() => setOtherPerson(true)} ta="left">
                  {t('lock.otherUser', { name })}
                </Anchor>
              </>
            )}
            <Group justify="flex-end">
              <Button variant="subtle" color="gray" onClick={() => void session.logout()}>
                {t('lock.signOut')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Box>
    </Box>
  );
}
