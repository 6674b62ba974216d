import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { DocumentFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../shared/form-dialog';
import { useFormSubmit } from '../shared/use-form-submit';
import { textRule } from '../shared/validators';
import { removeDocumentMutation } from './document.operations';

/** Removes a document, asking why: the reason stays in the audit trail, the file goes. */
export function RemoveDocumentDialog({ document, onClose, onReload }: { document: DocumentFieldsFragment; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation('client');
  const [remove, { loading }] = useMutation(removeDocumentMutation, { refetchQueries: ['ClientDocuments'] });
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: textRule(t, MEDIUM_TEXT_MAX_LENGTH, { required: true }) } });
  const { submit, error, clearError } = useFormSubmit(
    form,
    async ({ reason }) => {
      await remove({ variables: { input: { documentId: document.id, version: document.version, reason: reason.trim() } } });
      notifications.show({ color: 'green', message: t('documents.removed', { title: document.title }) });
    },
    { onDone: onClose },
  );

  return (
    <FormDialog
      title={t('documents.removeTitle', { title: document.title })}
      submitLabel={t('documents.removeSubmit')}
      color="red"
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      onReload={() => {
        clearError();
        onReload();
      }}
    >
      <Text size="sm">{t('documents.removeText')}</Text>
      <Textarea label={t('documents.removeReason')} required autosize minRows={2} maxLength={MEDIUM_TEXT_MAX_LENGTH} data-autofocus {...form.getInputProps('reason')} />
    </FormDialog>
  );
}
