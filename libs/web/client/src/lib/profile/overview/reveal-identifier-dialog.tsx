import { useState } from 'react';
import { Alert, Button, Code, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { useErrorMessage } from '@waymark/web/core';
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
  const { t: tc } = useTranslation();
  const describeError = useErrorMessage();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Never cached: the number must not outlive the dialog.
  const [reveal, { loading }] = useMutation(revealClientIdentifierMutation, { fetchPolicy: 'no-cache' });
  const close = () => {
    setReason('');
    setReasonError(null);
    setValue(null);
    setError(null);
    onClose();
  };
  return (
    <Modal opened={identifier !== null} onClose={close} title={t('identifiers.revealTitle', { kind: kindLabel })} closeButtonProps={{ 'aria-label': tc('form.close') }} centered>
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
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            if (!identifier) return;
            if (!reason.trim()) return setReasonError(t('identifiers.reasonRequired'));
            setError(null);
            try {
              const { data } = await reveal({ variables: { input: { identifierId: identifier.id, reason: reason.trim() } } });
              setValue(data?.revealClientIdentifier.value ?? '');
            } catch (failure) {
              setError(failure);
            }
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('identifiers.revealText')}</Text>
            {error ? (
              <Alert color="red" variant="light" role="alert">
                {describeError(error)}
              </Alert>
            ) : null}
            <Textarea
              label={t('identifiers.reason')}
              required
              autosize
              minRows={2}
              maxLength={SHORT_TEXT_MAX_LENGTH}
              value={reason}
              error={reasonError}
              data-autofocus
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonError(null);
              }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {tc('form.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('identifiers.revealSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
