import type { ReactNode } from 'react';
import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { IconBarrierBlock, IconCompass, IconLock, IconTools } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSessionState } from '../session/session-context';
import { viewerQuery } from '../session/session.operations';
import { NoticePage } from '../ui/notice-page';
import { Page } from '../ui/page';
import { EmptyView, ErrorState, LoadingState } from '../ui/page-states';

/** An area of Waymark that is not built yet: a friendly note instead of a broken page. */
export function ComingSoonPage({ area, icon }: { area: string; icon?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <NoticePage
      title={area}
      heading={t('comingSoon.title', { area })}
      description={t('comingSoon.description')}
      icon={icon ?? <IconTools aria-hidden />}
      action={
        <Button component={Link} to="/dashboard" variant="light">
          {t('comingSoon.back')}
        </Button>
      }
    />
  );
}

/** The start page: a greeting, and what the features put on it (`children`) in place of the placeholder. */
export function DashboardPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSessionState();
  const { data, loading, error, refetch } = useQuery(viewerQuery);
  const me = data?.me;
  return (
    <Page title={t('dashboard.title')}>
      {loading && !me ? <LoadingState /> : null}
      {error && !me ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {me ? (
        <Card withBorder radius="md" padding="xl">
          <Stack gap="sm">
            <Text component="h2" fz="xl" fw={700} m={0}>
              {t('dashboard.welcome', { name: me.user.displayName })}
            </Text>
            <Text>
              {t('dashboard.intro', { agency: me.agency.name, role: t(`roles.${me.user.role}`) })}
            </Text>
            {user?.mustChangePassword ? (
              <Alert color="yellow" icon={<IconLock aria-hidden />}>
                {t('dashboard.mustChangePassword')}
              </Alert>
            ) : null}
            {children ? null : (
              <EmptyView icon={<IconCompass aria-hidden />} title={t('comingSoon.title', { area: t('dashboard.title') })} description={t('dashboard.comingSoon')} />
            )}
          </Stack>
        </Card>
      ) : null}
      {me ? children : null}
    </Page>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <NoticePage
      title={t('states.notFoundTitle')}
      description={t('states.notFoundDescription')}
      icon={<IconCompass aria-hidden />}
      action={
        <Button component={Link} to="/dashboard">
          {t('states.goToDashboard')}
        </Button>
      }
    />
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <NoticePage
      title={t('states.forbiddenTitle')}
      description={t('states.forbiddenDescription')}
      icon={<IconBarrierBlock aria-hidden />}
      action={
        <Button component={Link} to="/dashboard">
          {t('states.goToDashboard')}
        </Button>
      }
    />
  );
}
