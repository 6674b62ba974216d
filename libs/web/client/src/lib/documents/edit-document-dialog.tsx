import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TITLE_MAX_LENGTH, DOCUMENT_TYPES, type DocumentType } from '@waymark/shared/types';
import type { DocumentFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../shared/form-dialog';
import { useFormSubmit } from '../shared/use-form-submit';
import { textRule } from '../shared/validators';
import { updateDocumentMutation } from './document.operations';

type EditValues = {
  documentType: DocumentType;
  title: string;
  documentDate: string;
  expiresOn: string;
};

/** Changes what describes a document (its file stays): type, title, date and expiry. */
export function EditDocumentDialog({ document, onClose, onReload }: { document: DocumentFieldsFragment; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation('client');
  const [update, { loading }] = useMutation(updateDocumentMutation);
  const form = useForm<EditValues>({
    initialValues: { documentType: document.documentType, title: document.title, documentDate: document.documentDate, expiresOn: document.expiresOn ?? '' },
    validate: {
      title: textRule(t, DOCUMENT_TITLE_MAX_LENGTH, { required: true }),
      documentDate: (value) => (value ? null : t('tabs.validation.date')),
      expiresOn: (value, values) => (value && values.documentDate && value < values.documentDate ? t('documents.expiryBeforeDate') : null),
    },
  });
  const { submit, error, clearError } = useFormSubmit(
    form,
    async (values) => {
      await update({
        variables: {
          input: { documentId: document.id, version: document.version, documentType: values.documentType, title: values.title.trim(), documentDate: values.documentDate, expiresOn: values.expiresOn || null },
        },
      });
      notifications.show({ color: 'green', message: t('documents.saved', { title: values.title.trim() }) });
    },
    { onDone: onClose },
  );

  return (
    <FormDialog
      title={t('documents.editTitle', { title: document.title })}
      submitLabel={t('tabs.common.saveChanges')}
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      onReload={() => {
        clearError();
        onReload();
      }}
    >
      <NativeSelect
        label={t('documents.documentType')}
        required
        data={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`documents.type.${type}`) }))}
        data-autofocus
        {...form.getInputProps('documentType')}
      />
      <TextInput label={t('documents.documentTitle')} required maxLength={DOCUMENT_TITLE_MAX_LENGTH} {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('documents.documentDate')} required {...form.getInputProps('documentDate')} />
        <TextInput type="date" label={t('documents.expiresOn')} description={t('documents.expiresOnHint')} min={form.values.documentDate || undefined} {...form.getInputProps('expiresOn')} />
      </SimpleGrid>
    </FormDialog>
  );
}
