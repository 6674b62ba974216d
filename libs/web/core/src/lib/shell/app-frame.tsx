import type { ReactNode } from 'react';
import { ActionIcon, Anchor, AppShell, Avatar, Box, Burger, Button, Group, NavLink, ScrollArea, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout, IconMapPin } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, NavLink as RouterNavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, useSessionState } from '../session/session-context';
import { viewerQuery } from '../session/session.operations';
import { LanguageMenu } from './language-menu';
import classes from './app-frame.module.css';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Something waiting there, e.g. the count of new referrals in the inbox */
  badge?: ReactNode;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

/**
 * The application shell: header (agency, search, person, language, sign-out), the main
 * navigation and the page. Below 992px (tablets in portrait too) the navigation folds behind a
 * menu button, so the page keeps the width its tables and forms need.
 */
export function AppFrame({ navigation, search, children }: { navigation: NavItem[]; search?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const { user } = useSessionState();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const { data } = useQuery(viewerQuery);
  const signOut = () => {
    void session.logout();
  };
  const agencyName = data?.me.agency.name;
  const name = data?.me.user.displayName ?? user?.displayName ?? '';
  const role = data?.me.user.role ?? user?.role;
  // The most specific item wins: on /clients/caseload, "My caseload" is current, not "Clients".
  const current = navigation
    .filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))
    .reduce<string | null>((best, item) => (!best || item.to.length > best.length ? item.to : best), null);

  return (
    <>
      <a href="#main-content" className={`${classes.skipLink} ${classes.chrome}`}>
        {t('skipToContent')}
      </a>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 232, breakpoint: 'md', collapsed: { mobile: !opened } }}
        padding="lg"
      >
        <AppShell.Header className={classes.chrome}>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={opened ? t('nav.close') : t('nav.open')}
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
              <Anchor component={Link} to="/dashboard" underline="never" c="inherit" className={classes.brand} aria-label={t('app.name')}>
                <IconMapPin size={22} aria-hidden />
                <Text component="span" fw={700} fz="lg" className={classes.brandName}>
                  {t('app.name')}
                </Text>
              </Anchor>
              <Box miw={0} visibleFrom="xs">
                {agencyName ? (
                  <Text fw={500} c="dimmed" truncate="end" data-testid="agency-name">
                    {agencyName}
                  </Text>
                ) : (
                  <Skeleton height={16} width={160} aria-label={t('header.agencyLoading')} />
                )}
              </Box>
            </Group>
            {search}
            <Group gap="xs" wrap="nowrap">
              <UnstyledButton component={Link} to="/profile" className={classes.person} aria-label={`${t('header.myProfile')}: ${name}${role ? `, ${t(`roles.${role}`)}` : ''}`}>
                <Group gap="xs" wrap="nowrap">
                  <Avatar color="teal" radius="xl" size="md" aria-hidden>
                    {initials(name)}
                  </Avatar>
                  <Stack gap={0} visibleFrom="lg" miw={0}>
                    <Text size="sm" fw={600} truncate="end" maw={180}>
                      {name}
                    </Text>
                    {role ? (
                      <Text size="xs" c="dimmed">
                        {t(`roles.${role}`)}
                      </Text>
                    ) : null}
                  </Stack>
                </Group>
              </UnstyledButton>
              <LanguageMenu compact />
              <Button
                variant="light"
                color="gray"
                visibleFrom="md"
                leftSection={<IconLogout size={18} aria-hidden />}
                onClick={signOut}
              >
                {t('header.signOut')}
              </Button>
              <ActionIcon variant="light" color="gray" size="lg" hiddenFrom="md" onClick={signOut} aria-label={t('header.signOut')} title={t('header.signOut')}>
                <IconLogout size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm" id="main-navigation" component="nav" aria-label={t('nav.label')} className={classes.chrome}>
          <AppShell.Section grow component={ScrollArea}>
            <Stack gap={4}>
              {navigation.map((item) => {
                const active = item.to === current;
                return (
                  <NavLink
                    key={item.to}
                    component={RouterNavLink}
                    to={item.to}
                    // The router would mark every item whose path starts the address; `current` decides.
                    end
                    label={item.label}
                    leftSection={item.icon}
                    rightSection={item.badge}
                    active={active}
                    variant="light"
                    onClick={close}
                    className={classes.navLink}
                  />
                );
              })}
            </Stack>
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
          {children}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
