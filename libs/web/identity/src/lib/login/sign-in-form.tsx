import { useRef, useState } from 'react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EMAIL_MAX_LENGTH } from '@waymark/shared/types';
import { focusFirstInvalid, PasswordField, type SessionUser, useErrorMessage, useSession } from '@waymark/web/core';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

/**
 * Email and password, with a clear sentence for each way signing in can fail (wrong
 * credentials, account locked for a while, too many attempts from this address, ...).
 */
export function SignInForm({
  initialEmail = '',
  hideEmail = false,
  autoFocus = 'email',
  onSignedIn,
}: {
  initialEmail?: string;
  /** At the lock overlay the person is known: only the password is asked */
  hideEmail?: boolean;
  autoFocus?: 'email' | 'password';
  onSignedIn?: (user: SessionUser) => void;
}) {
  const { t } = useTranslation('identity');
  const session = useSession();
  const describeError = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    initialValues: { email: initialEmail, password: '' },
    validate: {
      email: (value) =>
        EMAIL_PATTERN.test(value.trim()) && value.trim().length <= EMAIL_MAX_LENGTH ? null : t('login.emailInvalid'),
      password: (value) => (value.length > 0 ? null : t('login.passwordRequired')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setSubmitting(true);
    try {
      const user = await session.login(values.email.trim(), values.password);
      onSignedIn?.(user);
    } catch (failure) {
      setError(describeError(failure, { UNAUTHENTICATED: t(hideEmail ? 'login.invalidPassword' : 'login.invalidCredentials') }));
      form.setFieldValue('password', '');
      passwordRef.current?.focus();
    } finally {
      setSubmitting(false);
    }
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
      <Stack gap="md">
        {error ? (
          <Alert id="sign-in-error" color="red" variant="light" title={t('login.failedTitle')} icon={<IconAlertCircle aria-hidden />} role="alert">
            {error}
          </Alert>
        ) : null}
        {hideEmail ? null : (
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="username"
            required
            data-autofocus={autoFocus === 'email' ? true : undefined}
            autoFocus={autoFocus === 'email'}
            {...form.getInputProps('email')}
          />
        )}
        <PasswordField
          ref={passwordRef}
          label={t('login.password')}
          autoComplete="current-password"
          required
          autoFocus={autoFocus === 'password' || hideEmail}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={submitting} fullWidth size="md">
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
