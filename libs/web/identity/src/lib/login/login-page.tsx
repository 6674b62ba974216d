import { useEffect } from 'react';
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageMenu, LoadingState, useSessionState } from '@waymark/web/core';
import { SignInForm } from './sign-in-form';

/** Where to go after signing in: only paths inside the SPA, never another site. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) {
    return '/dashboard';
  }
  return next;
}

export function LoginPage() {
  const { t } = useTranslation('identity');
  const { t: tc } = useTranslation();
  const { status } = useSessionState();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(params.get('next'));

  useEffect(() => {
    document.title = `${t('login.pageTitle')} · ${tc('app.name')}`;
  }, [t, tc]);

  if (status === 'restoring') return <LoadingState />;
  if (status === 'active') return <Navigate to={next} replace />;

  return (
    <Box mih="100dvh" bg="gray.0" py="xl" px="md">
      <Group component="header" justify="flex-end" maw={440} mx="auto" mb="sm">
        <LanguageMenu />
      </Group>
      <Center component="main" id="main-content">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={440}>
          <Stack gap="lg">
            <Stack gap={4} align="center">
              <Group gap={6} c="blue.8">
                <IconMapPin size={28} aria-hidden />
                <Text fw={700} fz="xl">
                  {tc('app.name')}
                </Text>
              </Group>
              <Title order={1} size="h3" ta="center">
                {t('login.title')}
              </Title>
              <Text c="dimmed" size="sm" ta="center">
                {t('login.subtitle')}
              </Text>
            </Stack>
            <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
