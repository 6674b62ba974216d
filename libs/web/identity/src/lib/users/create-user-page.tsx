import { useState } from 'react';
import { Alert, Button, Card, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ErrorReason, Role } from '@waymark/shared/types';
import {
  appSettingsQuery,
  DraftNotice,
  focusFirstInvalid,
  getErrorInfo,
  Page,
  PasswordField,
  useDraft,
  useErrorMessage,
} from '@waymark/web/core';
import { createUserMutation } from '../identity.operations';
import { isRole, roleOptions } from './roles';
import { evictUserLists } from './user-mutations';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface CreateUserValues extends Record<string, unknown> {
  displayName: string;
  email: string;
  role: string;
  password: string;
}

export function CreateUserPage() {
  const { t } = useTranslation('identity');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const describeError = useErrorMessage();
  const { data: settings } = useQuery(appSettingsQuery, { context: { public: true } });
  const minLength = settings?.appSettings.passwordMinLength ?? PASSWORD_MIN_LENGTH;
  const draft = useDraft<CreateUserValues>(
    'create-user',
    { displayName: '', email: '', role: Role.CASE_MANAGER, password: '' },
    { omit: ['password'] },
  );
  const [error, setError] = useState<string | null>(null);
  const [createUser, { loading }] = useMutation(createUserMutation, { update: evictUserLists });

  const form = useForm<CreateUserValues>({
    initialValues: draft.initialValues,
    onValuesChange: draft.save,
    validate: {
      displayName: (value) =>
        !value.trim()
          ? t('createUser.nameRequired')
          : value.trim().length > DISPLAY_NAME_MAX_LENGTH
            ? t('createUser.nameTooLong', { count: DISPLAY_NAME_MAX_LENGTH })
            : null,
      email: (value) =>
        value.trim().length > EMAIL_MAX_LENGTH
          ? t('createUser.emailTooLong', { count: EMAIL_MAX_LENGTH })
          : EMAIL_PATTERN.test(value.trim())
            ? null
            : t('createUser.emailInvalid'),
      role: (value) => (isRole(value) ? null : tc('form.required')),
      password: (value) => (value.length >= minLength ? null : t('createUser.passwordTooShort', { count: minLength })),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    if (!isRole(values.role)) return;
    try {
      const { data } = await createUser({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            role: values.role,
            password: values.password,
          },
        },
      });
      draft.clear();
      const created = data?.createUser;
      notifications.show({ color: 'green', message: t('createUser.created', { name: created?.displayName ?? values.displayName }) });
      navigate(created ? `/admin/users/${created.id}` : '/admin/users');
    } catch (failure) {
      const info = getErrorInfo(failure);
      if (info.kind === 'CONFLICT') {
        form.setFieldError('email', t('createUser.emailTaken'));
        return;
      }
      let shown = false;
      for (const { field } of info.fields) {
        if (field === 'password') form.setFieldError('password', t('createUser.weakPassword'));
        else if (field === 'email') form.setFieldError('email', info.reason === ErrorReason.EMAIL_TAKEN ? t('createUser.emailTaken') : t('createUser.emailInvalid'));
        else if (field === 'displayName') form.setFieldError('displayName', t('createUser.nameRequired'));
        else continue;
        shown = true;
      }
      if (!shown) setError(describeError(failure));
    }
  }, focusFirstInvalid);

  return (
    <Page title={t('createUser.title')} description={t('createUser.description')}>
      <DraftNotice
        restored={draft.restored}
        onDiscard={() => {
          draft.clear();
          form.setValues({ displayName: '', email: '', role: Role.CASE_MANAGER, password: '' });
        }}
      />
      <Card withBorder radius="md" padding="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md" maw={520}>
            {error ? (
              <Alert color="red" variant="light" role="alert">
                {error}
              </Alert>
            ) : null}
            <TextInput label={t('createUser.displayName')} required autoComplete="off" maxLength={DISPLAY_NAME_MAX_LENGTH} {...form.getInputProps('displayName')} />
            <TextInput label={t('createUser.email')} type="email" required autoComplete="off" maxLength={EMAIL_MAX_LENGTH} {...form.getInputProps('email')} />
            <Select label={t('createUser.role')} required data={roleOptions(tc)} allowDeselect={false} {...form.getInputProps('role')} />
            <PasswordField
              label={t('createUser.password')}
              description={t('createUser.passwordHint', { count: minLength })}
              required
              autoComplete="new-password"
              maxLength={PASSWORD_MAX_LENGTH}
              {...form.getInputProps('password')}
            />
            <Group gap="sm">
              <Button type="submit" loading={loading}>
                {t('createUser.submit')}
              </Button>
              <Button component={Link} to="/admin/users" variant="default" onClick={draft.clear}>
                {t('createUser.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
