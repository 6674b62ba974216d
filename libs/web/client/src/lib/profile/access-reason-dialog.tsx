import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { focusFirstInvalid, LoadingState } from '@waymark/web/core';
import { FormActions } from '../shared/form-actions';

/**
 * The client is not on the worker's caseload: the agency lets them open it once they say
 * why. The reason is recorded with their access.
 */
export function AccessReasonDialog({ onSubmit, onCancel }: { onSubmit: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('client');
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: (value) => (value.trim() ? null : t('access.reasonRequired')) } });
  return (
    <>
      <LoadingState label={t('access.waiting')} />
      <Modal opened onClose={onCancel} title={t('access.title')} closeOnClickOutside={false} withCloseButton={false} centered>
        <form noValidate onSubmit={form.onSubmit(({ reason }) => onSubmit(reason.trim()), focusFirstInvalid)}>
          <Stack gap="md">
            <Text size="sm">{t('access.description')}</Text>
            <Textarea
              label={t('access.reason')}
              description={t('access.reasonHint')}
              required
              autosize
              minRows={2}
              maxLength={SHORT_TEXT_MAX_LENGTH}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <FormActions submitLabel={t('access.open')} onCancel={onCancel} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
