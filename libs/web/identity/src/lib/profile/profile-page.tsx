import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, Page, useSessionState, viewerQuery } from '@waymark/web/core';
import { formatDateTime } from '../format';
import { ChangePasswordForm } from './change-password-form';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Stack>
  );
}

export function ProfilePage() {
  const { t, i18n } = useTranslation('identity');
  const { t: tc } = useTranslation();
  const { user } = useSessionState();
  const { data, loading, error, refetch } = useQuery(viewerQuery);
  const me = data?.me;
  const navigate = useNavigate();
  const forced = !!user?.mustChangePassword;

  return (
    <Page title={t('profile.title')}>
      {user?.mustChangePassword ? (
        <Alert color="yellow" icon={<IconKey aria-hidden />} role="status">
          {t('profile.mustChange')}
        </Alert>
      ) : null}
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="profile-details">
        <Title order={2} size="h4" id="profile-details" mb="md">
          {t('profile.details')}
        </Title>
        {loading && !me ? <LoadingState /> : null}
        {error && !me ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {me ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
            <Field label={t('profile.name')} value={me.user.displayName} />
            <Field label={t('profile.email')} value={me.user.email} />
            <Field label={t('profile.role')} value={tc(`roles.${me.user.role}`)} />
            <Field label={t('profile.agency')} value={me.agency.name} />
            <Field
              label={t('profile.lastLogin')}
              value={me.user.lastLoginAt ? formatDateTime(me.user.lastLoginAt, i18n.language) : t('profile.never')}
            />
          </SimpleGrid>
        ) : null}
      </Card>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="change-password">
        <Title order={2} size="h4" id="change-password" mb="md">
          {t('profile.changePassword')}
        </Title>
        <ChangePasswordForm onChanged={forced ? () => navigate('/dashboard') : undefined} />
      </Card>
    </Page>
  );
}
