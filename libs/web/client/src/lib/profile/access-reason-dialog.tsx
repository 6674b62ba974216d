import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { LoadingState } from '@waymark/web/core';

/**
 * The client is not on the worker's caseload: the agency lets them open it once they say
 * why. The reason is recorded with their access.
 */
export function AccessReasonDialog({ onSubmit, onCancel }: { onSubmit: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('client');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <LoadingState label={t('access.waiting')} />
      <Modal opened onClose={onCancel} title={t('access.title')} closeOnClickOutside={false} withCloseButton={false} centered>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) return setError(t('access.reasonRequired'));
            onSubmit(reason.trim());
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('access.description')}</Text>
            <Textarea
              label={t('access.reason')}
              description={t('access.reasonHint')}
              required
              autosize
              minRows={2}
              maxLength={SHORT_TEXT_MAX_LENGTH}
              value={reason}
              error={error}
              data-autofocus
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setError(null);
              }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onCancel}>
                {t('access.cancel')}
              </Button>
              <Button type="submit">{t('access.open')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
