import { useState } from 'react';
import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { API_CLIENT_MAX_LIFETIME_DAYS, API_CLIENT_NAME_MAX_LENGTH, ApiScopeContext, scopesOf } from '@waymark/shared/types';
import { ErrorState } from '@waymark/web/core';
import { createApiClientMutation } from './api-client.operations';

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A new API client: name, scopes as checkboxes by context, expiry day and allow-list; answers the token to show once. */
export function ApiClientForm({ onCreated, onCancel }: { onCreated: (token: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('apiClients');
  const tomorrow = isoDay(Date.now() + DAY_MS);
  const latest = isoDay(Date.now() + (API_CLIENT_MAX_LIFETIME_DAYS - 1) * DAY_MS);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState(isoDay(Date.now() + 365 * DAY_MS));
  const [cidrs, setCidrs] = useState('');
  const [touched, setTouched] = useState(false);
  const [create, { loading, error }] = useMutation(createApiClientMutation, { refetchQueries: ['ApiClients'] });
  const nameError = touched && !name.trim() ? t('nameRequired') : null;
  const scopesError = touched && scopes.length === 0 ? t('scopesRequired') : null;
  const expiryError = touched && !(expiresOn >= tomorrow && expiresOn <= latest) ? t('expiryInvalid') : null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!name.trim() || scopes.length === 0 || !(expiresOn >= tomorrow && expiresOn <= latest)) return;
    const allowedCidrs = cidrs
      .split(/[\n,]/)
      .map((line) => line.trim())
      .filter(Boolean);
    // The key works through the whole chosen day (UTC).
    const expiresAt = `${expiresOn}T23:59:59.000Z`;
    const result = await create({ variables: { input: { name: name.trim(), scopes, expiresAt, allowedCidrs } } }).catch(() => null);
    const token = result?.data?.createApiClient.token;
    if (token) onCreated(token);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('create')}>
      <Stack gap="sm">
        <TextInput label={t('name')} description={t('nameHint')} required value={name} maxLength={API_CLIENT_NAME_MAX_LENGTH} error={nameError} onChange={(e) => setName(e.currentTarget.value)} />
        <Checkbox.Group label={t('scopes')} description={t('scopesHint')} required value={scopes} onChange={setScopes} error={scopesError}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing="xs">
            {Object.values(ApiScopeContext).map((context) => (
              <Fieldset key={context} legend={t(`contexts.${context}`)} variant="filled" p="xs">
                <Group gap="md">
                  {scopesOf(context).map((scope) => {
                    const access = scope.split(':')[1] as 'read' | 'write';
                    return (
                      <Checkbox
                        key={scope}
                        value={scope}
                        label={t(`access.${access}`)}
                        aria-label={t('accessOf', { access: t(`access.${access}`), context: t(`contexts.${context}`) })}
                      />
                    );
                  })}
                </Group>
              </Fieldset>
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput
          type="date"
          label={t('expiresOn')}
          description={t('expiresHint')}
          required
          value={expiresOn}
          min={tomorrow}
          max={latest}
          error={expiryError}
          onChange={(e) => setExpiresOn(e.currentTarget.value)}
          maw={240}
        />
        <Textarea label={t('allowedCidrs')} description={t('allowedCidrsHint')} value={cidrs} autosize minRows={2} onChange={(e) => setCidrs(e.currentTarget.value)} />
        {error ? <ErrorState error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
