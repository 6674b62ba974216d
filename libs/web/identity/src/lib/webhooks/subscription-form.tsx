import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_DESCRIPTION_MAX_LENGTH, WEBHOOK_URL_MAX_LENGTH } from '@waymark/shared/types';
import { ErrorState, WebhookEventType } from '@waymark/web/core';
import { createWebhookSubscriptionMutation } from './webhook.operations';

/** A new subscription: URL, events as checkboxes, description; answers the secret to show once. */
export function SubscriptionForm({ onCreated, onCancel }: { onCreated: (secret: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('webhooks');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [touched, setTouched] = useState(false);
  const [create, { loading, error }] = useMutation(createWebhookSubscriptionMutation, { refetchQueries: ['WebhookSubscriptions'] });
  const urlError = touched && !url.trim() ? t('urlRequired') : null;
  const eventsError = touched && events.length === 0 ? t('eventsRequired') : null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!url.trim() || events.length === 0) return;
    const result = await create({
      variables: { input: { url: url.trim(), events: events as WebhookEventType[], description: description.trim() || null } },
    }).catch(() => null);
    const secret = result?.data?.createWebhookSubscription.secret;
    if (secret) onCreated(secret);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('create')}>
      <Stack gap="sm">
        <TextInput label={t('url')} description={t('urlHint')} required value={url} maxLength={WEBHOOK_URL_MAX_LENGTH} error={urlError} onChange={(e) => setUrl(e.currentTarget.value)} />
        <Checkbox.Group label={t('events')} required value={events} onChange={setEvents} error={eventsError}>
          <Stack gap={6} mt={6}>
            {Object.values(WebhookEventType).map((type) => (
              <Checkbox key={type} value={type} label={t(`eventTypes.${type}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea label={t('descriptionLabel')} value={description} maxLength={WEBHOOK_DESCRIPTION_MAX_LENGTH} autosize minRows={2} onChange={(e) => setDescription(e.currentTarget.value)} />
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
