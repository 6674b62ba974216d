import { useState } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@waymark/shared/types';
import {
  appSettingsQuery,
  focusFirstInvalid,
  getErrorInfo,
  PasswordField,
  useErrorMessage,
  useSession,
  viewerQuery,
} from '@waymark/web/core';
import { changePasswordMutation } from '../identity.operations';


/** Current and new password. Never kept as a draft. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation('identity');
  const session = useSession();
  const describeError = useErrorMessage();
  const { data: settings } = useQuery(appSettingsQuery, { context: { public: true } });
  const minLength = settings?.appSettings.passwordMinLength ?? PASSWORD_MIN_LENGTH;
  const [changePassword, { loading }] = useMutation(changePasswordMutation, {
    refetchQueries: [viewerQuery],
  });
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('profile.required')),
      newPassword: (value) => (value.length >= minLength ? null : t('profile.tooShort', { count: minLength })),
      confirmPassword: (value, values) => (value === values.newPassword ? null : t('profile.mismatch')),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setError(null);
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      form.reset();
      session.markPasswordChanged();
      notifications.show({ color: 'green', message: t('profile.changed') });
      onChanged?.();
    } catch (failure) {
      const info = getErrorInfo(failure);
      let fieldErrorShown = false;
      for (const { field } of info.fields) {
        if (field === 'newPassword') {
          form.setFieldError('newPassword', t('profile.weakPassword'));
          fieldErrorShown = true;
        } else if (field === 'currentPassword') {
          form.setFieldError('currentPassword', t('profile.wrongCurrent'));
          fieldErrorShown = true;
        }
      }
      if (!fieldErrorShown) {
        setError(describeError(failure, { BAD_USER_INPUT: t('profile.badInput') }));
      }
    }
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        <PasswordField label={t('profile.currentPassword')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <PasswordField
          label={t('profile.newPassword')}
          description={t('profile.passwordHint', { count: minLength })}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordField label={t('profile.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirmPassword')} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('profile.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
