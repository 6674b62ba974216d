import { useState } from 'react';
import { Button, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { ActionError } from '../../shared/action-error';
import { FormActions } from '../../shared/form-actions';
import { FormModal } from '../../shared/form-modal';
import { useFormSubmit } from '../../shared/use-form-submit';
import { revealClientIdentifierMutation } from '../profile.operations';

/**
 * Shows one identifier in full after the worker says why; the reason is recorded with the
 * reveal. The value lives only in this dialog and is forgotten when it closes.
 */
export function RevealIdentifierDialog({
  identifier,
  kindLabel,
  onClose,
}: {
  identifier: { id: string } | null;
  kindLabel: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('client');
  const [value, setValue] = useState<string | null>(null);
  // Never cached: the number must not outlive the dialog.
  const [reveal, { loading }] = useMutation(revealClientIdentifierMutation, { fetchPolicy: 'no-cache' });
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: (text) => (text.trim() ? null : t('identifiers.reasonRequired')) } });
  const { submit, error, clearError } = useFormSubmit(form, async ({ reason }) => {
    if (!identifier) return;
    const { data } = await reveal({ variables: { input: { identifierId: identifier.id, reason: reason.trim() } } });
    setValue(data?.revealClientIdentifier.value ?? '');
  });
  const close = () => {
    form.reset();
    setValue(null);
    clearError();
    onClose();
  };
  return (
    <FormModal opened={identifier !== null} onClose={close} title={t('identifiers.revealTitle', { kind: kindLabel })} size="md">
      {value !== null ? (
        <Stack gap="md">
          <Text size="sm">{t('identifiers.revealed', { kind: kindLabel })}</Text>
          <Code block fz="lg" aria-label={kindLabel}>
            {value}
          </Code>
          <Group justify="flex-end">
            <Button onClick={close} data-autofocus>
              {t('identifiers.hide')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack gap="md">
            <Text size="sm">{t('identifiers.revealText')}</Text>
            <ActionError error={error} />
            <Textarea
              label={t('identifiers.reason')}
              required
              autosize
              minRows={2}
              maxLength={SHORT_TEXT_MAX_LENGTH}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <FormActions submitLabel={t('identifiers.revealSubmit')} loading={loading} onCancel={close} />
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
