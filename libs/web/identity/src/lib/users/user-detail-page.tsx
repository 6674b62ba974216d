import { useState } from 'react';
import { Alert, Anchor, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconKey, IconLockOpen, IconUserCheck, IconUserOff, IconUserQuestion } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  appSettingsQuery,
  ErrorState,
  focusFirstInvalid,
  getErrorInfo,
  LoadingState,
  NoticePage,
  Page,
  PasswordField,
  useErrorMessage,
  type UserFieldsFragment,
  useSessionState,
} from '@waymark/web/core';
import { PASSWORD_MIN_LENGTH } from '@waymark/shared/types';
import { formatDateTime, isLocked } from '../format';
import {
  changeUserRoleMutation,
  deactivateUserMutation,
  reactivateUserMutation,
  resetUserPasswordMutation,
  unlockUserMutation,
  userQuery,
} from '../identity.operations';
import { isRole, roleOptions } from './roles';
import { evictUserLists } from './user-mutations';
import { UserStatusBadges } from './user-status';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** Admin → one user: role, deactivate/reactivate, unlock, reset password. */
export function UserDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('identity');
  const { data, loading, error, refetch } = useQuery(userQuery, { variables: { id } });
  const user = data?.user;
  // A mistyped or stale address: say so plainly; trying again would not help.
  const missing = !!error && !user && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(getErrorInfo(error).kind);

  if (missing) {
    return (
      <NoticePage
        title={t('userDetail.notFoundTitle')}
        description={t('userDetail.notFound')}
        icon={<IconUserQuestion aria-hidden />}
        action={
          <Button component={Link} to="/admin/users" leftSection={<IconArrowLeft size={16} aria-hidden />}>
            {t('userDetail.back')}
          </Button>
        }
      />
    );
  }

  return (
    <Page
      title={user?.displayName ?? t('users.title')}
      description={user?.email}
      actions={
        <Button component={Link} to="/admin/users" variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('userDetail.back')}
        </Button>
      }
    >
      {loading && !user ? <LoadingState /> : null}
      {error && !user ? (
        <ErrorState error={error} onRetry={() => void refetch()} overrides={{ NOT_FOUND: t('userDetail.notFound') }} />
      ) : null}
      {user ? <UserDetail user={user} onReload={() => void refetch()} /> : null}
    </Page>
  );
}

function UserDetail({ user, onReload }: { user: UserFieldsFragment; onReload: () => void }) {
  const { t, i18n } = useTranslation('identity');
  const { t: tc } = useTranslation();
  const describeError = useErrorMessage();
  const { user: me } = useSessionState();
  const isSelf = me?.id === user.id;
  const [role, setRole] = useState<string>(user.role);
  const [error, setError] = useState<unknown>(null);
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const [resetOpen, setResetOpen] = useState(false);
  const options = { update: evictUserLists };
  const [changeRole, changeRoleState] = useMutation(changeUserRoleMutation, options);
  const [deactivate, deactivateState] = useMutation(deactivateUserMutation, options);
  const [reactivate, reactivateState] = useMutation(reactivateUserMutation, options);
  const [unlock, unlockState] = useMutation(unlockUserMutation, options);
  const conflict = error !== null && getErrorInfo(error).kind === 'CONFLICT';
  const locked = isLocked(user.lockedUntil);

  const run = async (action: () => Promise<unknown>, success: string) => {
    setError(null);
    try {
      await action();
      notifications.show({ color: 'green', message: success });
    } catch (failure) {
      setError(failure);
    }
  };
  const versionInput = { userId: user.id, version: user.version };

  return (
    <Stack gap="lg">
      {error ? (
        <Alert color={conflict ? 'yellow' : 'red'} variant="light" role="alert">
          <Stack gap="sm">
            <Text size="sm">{describeError(error, { CONFLICT: t('userDetail.conflict'), NOT_FOUND: t('userDetail.notFound') })}</Text>
            {conflict ? (
              <Group>
                <Button
                  size="xs"
                  variant="white"
                  onClick={() => {
                    setError(null);
                    onReload();
                  }}
                >
                  {t('userDetail.reload')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Alert>
      ) : null}

      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="user-details">
        <Title order={2} size="h4" id="user-details" mb="md">
          {t('userDetail.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
          <Field label={t('users.email')}>{user.email}</Field>
          <Field label={t('users.role')}>{tc(`roles.${user.role}`)}</Field>
          <Field label={t('userDetail.status')}>
            <UserStatusBadges active={user.active} lockedUntil={user.lockedUntil} mustChangePassword={user.mustChangePassword} />
          </Field>
          <Field label={t('userDetail.lastLogin')}>
            {user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : t('userDetail.never')}
          </Field>
          <Field label={t('userDetail.created')}>{formatDateTime(user.createdAt, i18n.language)}</Field>
        </SimpleGrid>
      </Card>

      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="user-role">
        <Title order={2} size="h4" id="user-role" mb="md">
          {t('userDetail.roleSection')}
        </Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!isRole(role) || role === user.role) return;
            void run(
              () => changeRole({ variables: { input: { ...versionInput, role } } }),
              t('userDetail.roleChanged', { name: user.displayName, role: tc(`roles.${role}`) }),
            );
          }}
        >
          <Group align="flex-end" gap="sm">
            <Select
              label={t('userDetail.roleLabel')}
              data={roleOptions(tc)}
              value={role}
              onChange={(value) => value && setRole(value)}
              allowDeselect={false}
              disabled={isSelf}
              w={240}
            />
            <Button type="submit" disabled={isSelf || role === user.role} loading={changeRoleState.loading}>
              {t('userDetail.saveRole')}
            </Button>
          </Group>
        </form>
        {isSelf ? (
          <Text size="sm" c="dimmed" mt="sm">
            {t('userDetail.selfNote')}
          </Text>
        ) : null}
      </Card>

      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="user-access">
        <Title order={2} size="h4" id="user-access" mb="md">
          {t('userDetail.access')}
        </Title>
        {locked && user.lockedUntil ? (
          <Text size="sm" mb="sm">
            {t('userDetail.lockedUntil', { time: formatDateTime(user.lockedUntil, i18n.language) })}
          </Text>
        ) : null}
        <Group gap="sm">
          <Button variant="default" leftSection={<IconKey size={16} aria-hidden />} onClick={() => setResetOpen(true)}>
            {t('userDetail.resetPassword')}
          </Button>
          {locked ? (
            <Button
              variant="default"
              leftSection={<IconLockOpen size={16} aria-hidden />}
              loading={unlockState.loading}
              onClick={() => void run(() => unlock({ variables: { input: versionInput } }), t('userDetail.unlocked', { name: user.displayName }))}
            >
              {t('userDetail.unlock')}
            </Button>
          ) : null}
          {user.active ? (
            <Button
              color="red"
              variant="light"
              leftSection={<IconUserOff size={16} aria-hidden />}
              disabled={isSelf}
              onClick={() => setConfirmDeactivate(true)}
            >
              {t('userDetail.deactivate')}
            </Button>
          ) : (
            <Button
              variant="light"
              leftSection={<IconUserCheck size={16} aria-hidden />}
              loading={reactivateState.loading}
              onClick={() =>
                void run(() => reactivate({ variables: { input: versionInput } }), t('userDetail.reactivated', { name: user.displayName }))
              }
            >
              {t('userDetail.reactivate')}
            </Button>
          )}
        </Group>
      </Card>

      <Modal
        opened={confirmDeactivate}
        onClose={() => setConfirmDeactivate(false)}
        title={t('userDetail.deactivateTitle', { name: user.displayName })}
        closeButtonProps={{ 'aria-label': tc('form.close') }}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('userDetail.deactivateText', { name: user.displayName })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmDeactivate(false)}>
              {t('userDetail.cancel')}
            </Button>
            <Button
              color="red"
              loading={deactivateState.loading}
              onClick={async () => {
                await run(() => deactivate({ variables: { input: versionInput } }), t('userDetail.deactivated', { name: user.displayName }));
                setConfirmDeactivate(false);
              }}
            >
              {t('userDetail.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <ResetPasswordModal user={user} opened={resetOpen} onClose={() => setResetOpen(false)} describeError={describeError} />
      <Anchor component={Link} to="/admin/users" size="sm">
        {t('userDetail.back')}
      </Anchor>
    </Stack>
  );
}

function ResetPasswordModal({
  user,
  opened,
  onClose,
  describeError,
}: {
  user: UserFieldsFragment;
  opened: boolean;
  onClose: () => void;
  describeError: ReturnType<typeof useErrorMessage>;
}) {
  const { t } = useTranslation('identity');
  const { t: tc } = useTranslation();
  const { data: settings } = useQuery(appSettingsQuery, { context: { public: true } });
  const minLength = settings?.appSettings.passwordMinLength ?? PASSWORD_MIN_LENGTH;
  const [resetPassword, { loading }] = useMutation(resetUserPasswordMutation, { update: evictUserLists });
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: {
      newPassword: (value) => (value.length >= minLength ? null : t('profile.tooShort', { count: minLength })),
      confirmPassword: (value, values) => (value === values.newPassword ? null : t('profile.mismatch')),
    },
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ newPassword }) => {
    setError(null);
    try {
      await resetPassword({ variables: { input: { userId: user.id, version: user.version, newPassword } } });
      notifications.show({ color: 'green', message: t('userDetail.resetDone', { name: user.displayName }) });
      close();
    } catch (failure) {
      const info = getErrorInfo(failure);
      if (info.kind === 'BAD_USER_INPUT') form.setFieldError('newPassword', t('profile.weakPassword'));
      else setError(describeError(failure, { CONFLICT: t('userDetail.conflict') }));
    }
  }, focusFirstInvalid);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('userDetail.resetTitle', { name: user.displayName })}
      closeButtonProps={{ 'aria-label': tc('form.close') }}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('userDetail.resetText', { name: user.displayName })}</Text>
          {error ? (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          ) : null}
          <PasswordField
            label={t('userDetail.newPassword')}
            description={t('profile.passwordHint', { count: minLength })}
            autoComplete="new-password"
            required
            data-autofocus
            {...form.getInputProps('newPassword')}
          />
          <PasswordField label={t('userDetail.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirmPassword')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('userDetail.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('userDetail.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
